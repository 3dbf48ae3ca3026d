// Actors that are one party over time under two records, such as an insurgency that became a government: they
// share a name or alias (a qualifier in brackets aside), and one's existence ends where the other's begins. The layout gives them one place, so
// on the time bar one fades out and the other appears where the reader was already looking.
import { DAY_MS, type ActorRecord } from '../model';
import { coreNames } from './names';

/** Two spans "meet" when the second starts within this many days of the first's end. */
const MEET_DAYS = 2;

function names(a: ActorRecord): Set<string> {
  return new Set(coreNames(a.actor));
}

/** The representative each actor is placed with: itself, or the earliest record of the same party. */
export function placeGroups(actors: Iterable<ActorRecord>): Map<string, string> {
  const list = [...actors];
  const rep = new Map(list.map((a) => [a.id, a.id]));
  const find = (id: string): string => {
    let r = id;
    while (rep.get(r) !== r) r = rep.get(r)!;
    return r;
  };
  const dated = list
    .filter((a) => a.span && Number.isFinite(a.span.end))
    .sort((a, b) => a.span!.end - b.span!.end);
  for (const before of dated) {
    const own = names(before);
    for (const after of list) {
      if (after === before || !after.span) continue;
      const gap = after.span.start - before.span!.end;
      if (gap < -MEET_DAYS * DAY_MS || gap > MEET_DAYS * DAY_MS) continue;
      if (![...names(after)].some((n) => own.has(n))) continue;
      rep.set(find(after.id), find(before.id));
    }
  }
  return new Map(list.map((a) => [a.id, find(a.id)]));
}
