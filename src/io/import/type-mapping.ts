// How the relation type names of a foreign file become dataset types. A name matching a built-in type (by id
// or label, any case) maps to it; any other name becomes a declared type (cooperative unless the mapping says
// otherwise, lasting or event as the file uses it); a file with no types at all gets one declared type `link`.
// The app's mapping step shows `defaultTypeMapping` and calls the reader again with the user's choices.
import {
  RELATION_TYPES,
  RELATION_TYPE_INFO,
  type Polarity,
  type RelationType,
  type RelationTypeDeclaration,
} from '../../model';
import { MAX_EVENT_DAYS } from '../../model';
import { EdtfError, parseWhen } from '../../model';
import { DAY_MS } from '../../model';
import { IdAllocator, slugify } from './ids';
import type { ForeignType } from './result';

export type TypeChoice =
  | { readonly kind: 'builtin'; readonly type: RelationType }
  | { readonly kind: 'declared'; readonly declaration: RelationTypeDeclaration };

/** Foreign type name ('' for "no type") → what it becomes. A Map, so any name (even `__proto__`) is plain data. */
export type TypeMapping = ReadonlyMap<string, TypeChoice>;

const BUILTIN_BY_NAME = new Map<string, RelationType>();
for (const id of RELATION_TYPES) {
  BUILTIN_BY_NAME.set(id, id);
  BUILTIN_BY_NAME.set(slugify(RELATION_TYPE_INFO[id].label), id);
}

/** The built-in type a foreign name stands for, if any ("Alliance", "ATTACK", " clash "). */
export function builtinTypeNamed(name: string): RelationType | undefined {
  return BUILTIN_BY_NAME.get(slugify(name));
}

export const LINK_LABEL = 'Link';

/** The mapping the app proposes before the user changes anything. */
export function defaultTypeMapping(foreignTypes: readonly ForeignType[]): Map<string, TypeChoice> {
  const ids = new IdAllocator('type');
  ids.reserve(RELATION_TYPES);
  const mapping = new Map<string, TypeChoice>();
  for (const f of foreignTypes) {
    const builtin = f.name === '' ? undefined : builtinTypeNamed(f.name);
    if (builtin) {
      mapping.set(f.name, { kind: 'builtin', type: builtin });
      continue;
    }
    const name = f.name.trim() === '' ? LINK_LABEL : f.name.trim();
    mapping.set(f.name, {
      kind: 'declared',
      declaration: {
        id: ids.fresh(name),
        label: f.label ?? name,
        polarity: f.polarity ?? 'cooperative',
        duration: f.duration,
        directed: f.directed,
      },
    });
  }
  return mapping;
}

export interface ResolvedTypes {
  /** Foreign name → dataset type id. */
  readonly idOf: ReadonlyMap<string, string>;
  readonly declarations: readonly RelationTypeDeclaration[];
}

/** The user's choices over the defaults; declarations shared by several names are declared once. */
export function resolveTypes(foreignTypes: readonly ForeignType[], mapping?: TypeMapping): ResolvedTypes {
  const defaults = defaultTypeMapping(foreignTypes);
  const idOf = new Map<string, string>();
  const declared = new Map<string, RelationTypeDeclaration>();
  for (const f of foreignTypes) {
    const choice = mapping?.get(f.name) ?? defaults.get(f.name);
    if (!choice) continue;
    if (choice.kind === 'builtin') {
      idOf.set(f.name, choice.type);
    } else {
      idOf.set(f.name, choice.declaration.id);
      if (!declared.has(choice.declaration.id)) declared.set(choice.declaration.id, choice.declaration);
    }
  }
  return { idOf, declarations: [...declared.values()] };
}

/**
 * Whether a relation dated `when` may be an event: a single date or a closed interval of at most
 * MAX_EVENT_DAYS, or undated (`../..` claims nothing). A type is declared an event only when all its relations fit.
 */
export function fitsEvent(when: string): boolean {
  let span;
  try {
    span = parseWhen(when);
  } catch (e) {
    if (e instanceof EdtfError) return false;
    throw e;
  }
  if (span.kind === 'date' || (span.start === -Infinity && span.end === Infinity)) return true;
  if (!Number.isFinite(span.start) || !Number.isFinite(span.end)) return false;
  return Math.round((span.end + 1 - span.start) / DAY_MS) <= MAX_EVENT_DAYS;
}

/** What a record says of its type besides the name (a label, a polarity column). */
export interface TypeHints {
  readonly label?: string | undefined;
  readonly polarity?: Polarity | undefined;
}

interface Tally {
  count: number;
  /** Dated relations that could not be events (open, long, or unparseable spans). */
  lasting: number;
  directed: number;
  label?: string | undefined;
  polarity?: Polarity | undefined;
}

/** Tallies type names as a reader meets them, then gives the ForeignType list in order of first use. */
export class TypeTally {
  private readonly byName = new Map<string, Tally>();

  add(name: string, when: string, directed: boolean, hints: TypeHints = {}): void {
    let t = this.byName.get(name);
    if (!t) this.byName.set(name, (t = { count: 0, lasting: 0, directed: 0 }));
    t.count++;
    if (!fitsEvent(when)) t.lasting++;
    if (directed) t.directed++;
    t.label ??= hints.label;
    t.polarity ??= hints.polarity;
  }

  list(): ForeignType[] {
    return [...this.byName].map(([name, t]) => ({
      name,
      count: t.count,
      duration: t.lasting === 0 && t.count > 0 ? 'event' : 'lasting',
      directed: t.directed * 2 > t.count,
      ...(t.label !== undefined ? { label: t.label } : {}),
      ...(t.polarity !== undefined ? { polarity: t.polarity } : {}),
    }));
  }
}

/** Above this many distinct edge labels, labels read as descriptions (summaries), not as type names. */
export const MAX_LABEL_TYPES = 30;

/** Edge labels stand for types when a file has few distinct ones; many distinct labels are descriptions. */
export function labelsAreTypes(labels: Iterable<string>): boolean {
  const distinct = new Set<string>();
  for (const l of labels) {
    if (l.trim() !== '') distinct.add(l.trim());
    if (distinct.size > MAX_LABEL_TYPES) return false;
  }
  return true;
}
