// fast-check generators of random datasets and random view sequences for the property tests: a few actors,
// dates over two years at every precision the format allows (day, month, year, intervals, open ends, qualified
// and unspecified forms that take the EDTF package's slow path), and views of every kind, moved by small steps,
// memory changes, mode changes and jumps; datasets whose actors exist for a time only. Test support only.
import fc from 'fast-check';
import type { Dataset } from '../dataset/schema';
import { RELATION_TYPES } from '../dataset/vocabulary';
import { datasetOf, type RelationLine } from '../graph/fixtures';
import type { ViewSpec } from '../types';
import { DAY_MS } from './view';

const ACTORS = ['a', 'b', 'c', 'd', 'e', 'f'];
const FIRST = Date.UTC(2020, 0, 1);
const DAYS = 731;

const isoDay = (day: number): string => new Date(FIRST + day * DAY_MS).toISOString().slice(0, 10);
const dayArb = fc.integer({ min: 0, max: DAYS - 1 });

export const whenArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: dayArb.map(isoDay) },
  { weight: 2, arbitrary: dayArb.map((d) => isoDay(d).slice(0, 7)) },
  { weight: 1, arbitrary: fc.constantFrom('2020', '2021') },
  // An interval's end must begin after its start begins (the EDTF package's rule).
  {
    weight: 4,
    arbitrary: fc
      .tuple(dayArb, fc.integer({ min: 1, max: 300 }))
      .map(([x, d]) => `${isoDay(x)}/${isoDay(x + d)}`),
  },
  { weight: 1, arbitrary: dayArb.map((d) => `${isoDay(d)}/..`) },
  { weight: 1, arbitrary: dayArb.map((d) => `../${isoDay(d)}`) },
  { weight: 1, arbitrary: fc.constantFrom('2020-05~', '2021-XX', '2020-06-1X', '2020-03?/2020-09') },
);

const relationArb = (i: number): fc.Arbitrary<RelationLine> =>
  fc
    .record({
      type: fc.constantFrom(...RELATION_TYPES),
      source: fc.constantFrom(...ACTORS),
      targets: fc.uniqueArray(fc.constantFrom(...ACTORS), { minLength: 1, maxLength: 3 }),
      single: fc.boolean(),
      when: whenArb,
      alleged: fc.boolean(),
    })
    .map((r) => ({
      id: `r${i}`,
      type: r.type,
      source: r.source,
      target: r.single ? r.targets[0]! : r.targets,
      when: r.when,
      status: r.alleged ? 'alleged' : 'reported',
    }));

export const datasetArb: fc.Arbitrary<Dataset> = fc
  .integer({ min: 0, max: 40 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => relationArb(i))))
  .map((lines) => datasetOf(lines));

/** Instants over the data's range and a little beyond, with the odd infinity. */
const instantArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 10, arbitrary: fc.integer({ min: -40, max: DAYS + 40 }).map((d) => FIRST + d * DAY_MS) },
  {
    weight: 3,
    arbitrary: fc.integer({ min: -40 * DAY_MS, max: (DAYS + 40) * DAY_MS }).map((t) => FIRST + t),
  },
  { weight: 1, arbitrary: fc.constantFrom(-Infinity, Infinity) },
);
const memoryArb = fc.oneof(
  fc.constantFrom(0, DAY_MS, 30 * DAY_MS),
  fc.integer({ min: 0, max: 400 * DAY_MS }),
);

export const viewArb: fc.Arbitrary<ViewSpec> = fc.oneof(
  fc.record({ mode: fc.constant('snapshot' as const), at: instantArb, memory: memoryArb }),
  fc
    .tuple(instantArb, instantArb)
    .map(([x, y]) => ({ mode: 'window' as const, from: Math.min(x, y), to: Math.max(x, y) })),
  fc.record({ mode: fc.constant('cumulative' as const), at: instantArb }),
);

type Move = (v: ViewSpec) => ViewSpec;

const shift = (v: ViewSpec, by: number): ViewSpec =>
  v.mode === 'window' ? { ...v, from: v.from + by, to: v.to + by } : { ...v, at: v.at + by };

/** One move of the view as the time bar makes it: a step, a memory change, a jump to any view. */
const moveArb: fc.Arbitrary<Move> = fc.oneof(
  fc.integer({ min: -3, max: 3 }).map(
    (d): Move =>
      (v) =>
        shift(v, d * DAY_MS),
  ),
  fc.integer({ min: -60, max: 60 }).map(
    (d): Move =>
      (v) =>
        shift(v, d * DAY_MS),
  ),
  memoryArb.map(
    (memory): Move =>
      (v) =>
        v.mode === 'snapshot' ? { ...v, memory } : v,
  ),
  viewArb.map(
    (next): Move =>
      () =>
        next,
  ),
);

/** A first view and the views a run of moves leads to (first included). */
export const viewSequenceArb: fc.Arbitrary<ViewSpec[]> = fc
  .tuple(viewArb, fc.array(moveArb, { minLength: 1, maxLength: 12 }))
  .map(([first, moves]) => {
    const views = [first];
    for (const move of moves) views.push(move(views[views.length - 1]!));
    return views;
  });

/** A random dataset whose actors may carry a `when` (their existence), as the view's actor rule reads it. */
export const datasetWithActorSpansArb: fc.Arbitrary<Dataset> = datasetArb.chain((dataset) =>
  fc
    .array(fc.option(whenArb, { nil: undefined, freq: 2 }), {
      minLength: dataset.actors.length,
      maxLength: dataset.actors.length,
    })
    .map((whens) => ({
      ...dataset,
      actors: dataset.actors.map((actor, i) => (whens[i] ? { ...actor, when: whens[i] } : actor)),
    })),
);
