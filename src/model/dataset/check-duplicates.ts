// Cross-record check that no relation is recorded twice: two relations of one type between the same pair (in the
// same direction when the type is directed) over overlapping dates are one relation, with the passages of both.
// Lasting relations are compared on their intervals. Events are compared only when both are dated to the day (a
// day, or an interval of days, without qualifiers): a month, a year or "[a..b]" bounds where an event lies, not
// how long it lasted, so two attacks "in 2023" may well be two attacks, while two on overlapping days are one.
// Errors for curated datasets; warnings for imports.
import { EdtfError, parseWhen, type TimeSpan } from '../time/edtf';
import { relationRef, report, type CheckContext } from './check-context';
import { targetsOf } from './schema';

const DAY_PRECISE = new Set(['day', 'time']);

interface Dated {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

/** The span to compare, or null when the relation's date is not one this check compares. */
function comparable(span: TimeSpan, lasting: boolean): { start: number; end: number } | null {
  if (span.start === -Infinity && span.end === Infinity && !lasting) return null;
  if (lasting) return { start: span.start, end: span.end };
  const dayPrecise =
    !span.oneOf &&
    !span.approximate &&
    !span.uncertain &&
    DAY_PRECISE.has(span.startPrecision) &&
    DAY_PRECISE.has(span.endPrecision);
  return dayPrecise ? { start: span.start, end: span.end } : null;
}

function parsed(edtf: string): TimeSpan | null {
  try {
    return parseWhen(edtf);
  } catch (e) {
    if (e instanceof EdtfError) return null;
    throw e;
  }
}

export function checkDuplicates(ctx: CheckContext): void {
  const { relations } = ctx.dataset;
  const groups = new Map<string, Dated[]>();
  relations.forEach((relation, index) => {
    const info = ctx.types.get(relation.type);
    const span = info && parsed(relation.when);
    if (!info || !span) return;
    // `../..` claims no date at all: nothing to compare.
    if (span.start === -Infinity && span.end === Infinity && span.edtf.trim() === '../..') return;
    const at = comparable(span, info.duration === 'lasting');
    if (!at) return;
    for (const target of new Set(targetsOf(relation))) {
      const ends = info.directed ? [relation.source, target] : [relation.source, target].sort();
      const key = JSON.stringify([relation.type, ...ends]);
      const list = groups.get(key);
      const dated = { index, ...at };
      if (list) list.push(dated);
      else groups.set(key, [dated]);
    }
  });
  // Each relation is reported once, naming the first relation it repeats: a large import full of repeats gives
  // one warning per relation, not one per pair.
  const reported = new Set<number>();
  for (const [key, list] of groups) {
    if (list.length < 2) continue;
    const [type, a, b] = JSON.parse(key) as [string, string, string];
    const directed = ctx.types.get(type)?.directed ?? true;
    list.sort((x, y) => x.start - y.start || x.index - y.index);
    const open: Dated[] = [];
    for (const item of list) {
      for (let k = open.length - 1; k >= 0; k--) if (open[k]!.end < item.start) open.splice(k, 1);
      for (const other of open) {
        const [first, second] = other.index < item.index ? [other, item] : [item, other];
        if (first.index === second.index || reported.has(second.index)) continue;
        reported.add(second.index);
        const earlier = relations[first.index]!;
        const later = relations[second.index]!;
        const between = directed ? `from ${a} to ${b}` : `between ${a} and ${b}`;
        report(
          ctx,
          `relations[${second.index}]`,
          relationRef(later.id),
          `records the same ${type} ${between} as relations[${first.index}] ("${earlier.id}") over overlapping dates ("${earlier.when}" and "${later.when}"): make them one relation carrying the passages of both`,
          ctx.requireEvidence ? 'error' : 'warning',
        );
      }
      open.push(item);
    }
  }
}
