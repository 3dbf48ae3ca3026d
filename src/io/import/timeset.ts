// Spells: the time spans one foreign record is present in. Gephi's spreadsheet `timeset` strings parse into
// them (`[a, b]`, `<[a, b]; [c, d]>`, a single timestamp `a`, `<a; b>`, `-Infinity` / `Infinity` for open
// ends, `(`/`)` for the 1.2 open bounds), and GEXF's spell elements give them directly. `spellWhen` turns one
// into an EDTF `when`.
import { EDTF_RANGE, TimeValueError, foreignInstant, spanToEdtf, type TimeContext } from './time';

export interface Spell {
  /** Raw bounds as written; null when absent. */
  readonly start: string | null;
  readonly end: string | null;
  /** A single timestamp rather than an interval (an event, not a lasting state). */
  readonly timestamp: boolean;
}

export function looksLikeTimeset(s: string): boolean {
  return /^\s*[<[(]/.test(s) && !EDTF_RANGE.test(s.trim());
}

function parseItem(item: string, whole: string): Spell {
  const s = item.trim();
  if (/^[[(]/.test(s)) {
    if (!/[\])]$/.test(s)) throw new TimeValueError(whole, `the interval "${s}" is not closed with "]"`);
    const parts = s.slice(1, -1).split(',');
    // GEXF 1.3 writes a list of timestamps as `<[2001];[2004]>`.
    if (parts.length === 1 && parts[0]!.trim() !== '')
      return { start: parts[0]!.trim(), end: parts[0]!.trim(), timestamp: true };
    if (parts.length !== 2) {
      throw new TimeValueError(
        whole,
        `an interval is written [start, end]; "${s}" has ${parts.length} parts`,
      );
    }
    return { start: parts[0]!.trim() || null, end: parts[1]!.trim() || null, timestamp: false };
  }
  if (s === '') throw new TimeValueError(whole, 'an empty item in the list');
  return { start: s, end: s, timestamp: true };
}

/** The spells of a Gephi timeset cell; [] for an empty cell. Throws TimeValueError on a malformed one. */
export function parseTimeset(raw: string): Spell[] {
  const s = raw.trim();
  if (s === '' || s === '<>') return [];
  if (s.startsWith('<')) {
    if (!s.endsWith('>')) throw new TimeValueError(raw, 'a list of spans starts with "<" and ends with ">"');
    return s
      .slice(1, -1)
      .split(';')
      .filter((item) => item.trim() !== '')
      .map((item) => parseItem(item, raw));
  }
  return [parseItem(s, raw)];
}

/** The EDTF `when` of one spell. */
export function spellWhen(spell: Spell, ctx: TimeContext): string {
  const start = spell.start === null ? null : foreignInstant(spell.start, ctx);
  if (spell.timestamp) return start ?? '../..';
  const end = spell.end === null ? null : foreignInstant(spell.end, ctx);
  return spanToEdtf(start, end, `[${spell.start ?? ''}, ${spell.end ?? ''}]`);
}
