// Property: however events fall, the aggregated relations count exactly what a brute-force pass over the raw
// events counts: per pair, type and window (or per run, as connected chains of events at most N days apart),
// every mapped event in exactly one relation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RELATION_TYPE_INFO } from '../dataset/vocabulary';
import { aggregateEvents } from './aggregate';
import type { EventRecord } from './event';
import { mapEvent } from './mapping';
import { dayNumber, windowKey, type EventWindow } from './window';

const DAY_MS = 86_400_000;
const BASE = Date.UTC(2017, 10, 20) / DAY_MS;

const eventsArb = fc
  .array(
    fc.record({
      source: fc.constantFrom('A', 'B', 'C'),
      target: fc.constantFrom('A', 'B', 'C'),
      offset: fc.integer({ min: 0, max: 120 }),
      code: fc.constantFrom('010', '040', '180', '190', '195', '120'),
      directed: fc.boolean(),
      fatalities: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
      precision: fc.constantFrom('day', 'week', 'month', 'year' as const),
    }),
    { maxLength: 60 },
  )
  .map((rows) =>
    rows.map((r, i): EventRecord => ({
      id: `e${i}`,
      source: r.source,
      target: r.target,
      date: new Date((BASE + r.offset) * DAY_MS).toISOString().slice(0, 10),
      precision: r.precision,
      scheme: 'cameo',
      code: r.code,
      directed: r.directed,
      ...(r.fatalities !== undefined ? { fatalities: r.fatalities } : {}),
      evidence: [],
    })),
  );

const windowArb: fc.Arbitrary<EventWindow> = fc.oneof(
  fc
    .constantFrom('day', 'week', 'month', 'quarter', 'year' as const)
    .map((unit) => ({ kind: 'calendar', unit }) as const),
  fc.integer({ min: 0, max: 20 }).map((maxGapDays) => ({ kind: 'runs', maxGapDays }) as const),
);

/** The oracle's key of an event: its pair (ordered unless undirected), its type. */
function pairType(e: EventRecord): string | undefined {
  const mapped = mapEvent(e);
  if (!mapped || e.source === e.target) return undefined;
  const directed = e.directed && RELATION_TYPE_INFO[mapped.type].directed;
  const [a, b] = directed || e.source <= e.target ? [e.source, e.target] : [e.target, e.source];
  return `${a}|${b}|${mapped.type}`;
}

/** For each event, the ids of the events in its group, by brute force over all events. */
function bruteGroups(events: readonly EventRecord[], window: EventWindow): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of events) {
    const k = pairType(e);
    if (k === undefined) continue;
    const same = events.filter((f) => pairType(f) === k);
    let members: EventRecord[];
    if (window.kind === 'calendar') {
      members = same.filter((f) => windowKey(f.date, window.unit) === windowKey(e.date, window.unit));
    } else {
      // Connected component under "at most N days apart", grown until it stops changing.
      members = [e];
      for (let grew = true; grew;) {
        grew = false;
        for (const f of same) {
          if (members.includes(f)) continue;
          if (members.some((m) => Math.abs(dayNumber(m.date) - dayNumber(f.date)) <= window.maxGapDays)) {
            members.push(f);
            grew = true;
          }
        }
      }
    }
    out.set(e.id, members.map((m) => m.id).sort());
  }
  return out;
}

describe('aggregateEvents against a brute-force count', () => {
  it('puts every mapped event in exactly one relation, with the brute-force group and counts', () => {
    fc.assert(
      fc.property(eventsArb, windowArb, (events, window) => {
        const { relations } = aggregateEvents(events, { window });
        const oracle = bruteGroups(events, window);
        const seen = new Map<string, string[]>();
        for (const r of relations) {
          expect(r.count).toBe(r.eventIds.length);
          const fatal = events.filter((e) => r.eventIds.includes(e.id) && e.fatalities !== undefined);
          expect(r.fatalities).toBe(
            fatal.length === 0 ? undefined : fatal.reduce((s, e) => s + e.fatalities!, 0),
          );
          for (const id of r.eventIds) {
            expect(seen.has(id), `event ${id} in two relations`).toBe(false);
            seen.set(id, [...r.eventIds].sort());
          }
        }
        expect(new Map([...seen].sort())).toEqual(new Map([...oracle].sort()));
        expect(relations.reduce((s, r) => s + r.count, 0)).toBe(oracle.size);
      }),
      { numRuns: 300 },
    );
  });
});
