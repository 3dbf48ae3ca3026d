// What GEXF and GraphML share beyond XML itself: declared attribute types (text, numbers, booleans) turned into
// attribute values, and the place of an element for a problem.
import type { AttributeValue, Place } from './draft';
import type { XmlElement } from '../xml';

const NUMBER_TYPES = new Set([
  'integer',
  'int',
  'long',
  'float',
  'double',
  'short',
  'byte',
  'bigdecimal',
  'biginteger',
]);

const SPECIAL_DOUBLES = new Set(['INF', '-INF', '+INF', 'NaN']);

/** A declared value typed as its declaration says; text when it does not read as that type. */
export function typedValue(raw: string, type: string | undefined): { value: AttributeValue; ok: boolean } {
  const t = (type ?? 'string').toLowerCase();
  if (NUMBER_TYPES.has(t)) {
    const s = raw.trim();
    const n = Number(s);
    // xs:double's INF, -INF and NaN are valid values with no finite number: kept as written, no warning.
    if (SPECIAL_DOUBLES.has(s)) return { value: s, ok: true };
    return s !== '' && Number.isFinite(n) ? { value: n, ok: true } : { value: raw, ok: false };
  }
  if (t === 'boolean') {
    const s = raw.trim().toLowerCase();
    if (s === 'true' || s === '1') return { value: true, ok: true };
    if (s === 'false' || s === '0') return { value: false, ok: true };
    return { value: raw, ok: false };
  }
  return { value: raw, ok: true };
}

export function placeOf(el: XmlElement, path?: string): Place {
  return {
    line: el.line,
    column: el.column,
    ...(el.byte !== undefined && { byte: el.byte }),
    ...(path !== undefined ? { path } : {}),
  };
}

/** An attribute as trimmed text, undefined when absent or empty. */
export function attr(el: XmlElement, name: string): string | undefined {
  const v = el.attributes.get(name)?.trim();
  return v === undefined || v === '' ? undefined : v;
}
