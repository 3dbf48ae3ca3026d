// ModelAssembler against buildModel (the oracle): a model built a slice of relations at a time, in any slicing, and
// one whose time index was sorted elsewhere (indexParts, or indexColumns from the assembler's own span columns, then
// TimeIndex.fromParts), is the model built at once: the same
// records in the same order, the same graph, the same answers to every view and every diff. And an assembler
// reports the problems buildModel reports, after the last slice, with the relation's place in the whole list.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/schema';
import { DatasetError } from '../dataset/problems';
import { datasetArb, viewArb } from '../time/arbitrary';
import { indexColumns, indexParts } from '../time/index';
import type { EdgeDiff, Model, ViewSpec } from '../types';
import { ModelAssembler } from './assemble';
import { buildModel } from './build';
import { datasetOf } from './fixtures';

/** Builds `dataset` through an assembler fed as a receiver would be: relations appended, then taken, slice by slice. */
/** Where the time index is sorted: by finish, by a worker from its own records, or from the assembler's columns. */
type Sorted = 'here' | 'elsewhere' | 'columns';

function assembled(dataset: Dataset, cuts: readonly number[], sorted: Sorted): Model {
  const relations: Dataset['relations'] = [];
  const assembler = new ModelAssembler({ ...dataset, relations });
  let from = 0;
  for (const cut of [...cuts.map((c) => Math.min(c, dataset.relations.length)), dataset.relations.length]) {
    if (cut < from) continue;
    relations.push(...dataset.relations.slice(from, cut));
    assembler.add(relations.length);
    from = cut;
  }
  if (sorted === 'here') return assembler.finish();
  // As a page building a model in memory does: its edges' spans as columns, sorted in a worker, keys added back.
  if (sorted === 'columns') return assembler.finish({}, indexColumns(assembler.columns()));
  // As the opening worker does: its own records of the same relations, sorted there.
  return assembler.finish({}, indexParts(buildModel(dataset).edges));
}

const sameModel = (got: Model, want: Model, views: readonly ViewSpec[]) => {
  expect(got.edges.map((e) => e.key)).toEqual(want.edges.map((e) => e.key));
  expect([...got.actors.keys()]).toEqual([...want.actors.keys()]);
  expect(got.graph.order).toBe(want.graph.order);
  expect(got.graph.size).toBe(want.graph.size);
  expect(got.graph.edges()).toEqual(want.graph.edges());
  expect(got.extent).toEqual(want.extent);
  expect(got.dataset.relations).toEqual(want.dataset.relations);
  for (const view of views) {
    expect(got.index.query(view).sort()).toEqual(want.index.query(view).sort());
    expect(got.index.count(view)).toBe(want.index.count(view));
  }
  for (let i = 1; i < views.length; i++) {
    const d = got.index.diff(views[i - 1]!, views[i]!);
    const w = want.index.diff(views[i - 1]!, views[i]!);
    const key = (x: EdgeDiff) => [[...x.added].sort(), [...x.removed].sort()];
    expect(key(d)).toEqual(key(w));
  }
};

describe('ModelAssembler (property, buildModel as the oracle)', () => {
  it('builds the same model in any slicing, with the index sorted here or elsewhere', () => {
    fc.assert(
      fc.property(
        datasetArb,
        fc.array(fc.nat(40), { maxLength: 6 }).map((cuts) => cuts.sort((a, b) => a - b)),
        fc.constantFrom<Sorted>('here', 'elsewhere', 'columns'),
        fc.array(viewArb, { minLength: 1, maxLength: 6 }),
        (dataset, cuts, sorted, views) => {
          sameModel(assembled(dataset, cuts, sorted), buildModel(dataset), views);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('ModelAssembler problems', () => {
  const broken = datasetOf([
    { id: 'ok', type: 'alliance', source: 'a', target: 'b', when: '2020' },
    { id: 'odd', type: 'frobnicate', source: 'a', target: 'b', when: '2020-02-20' },
    { id: 'bad', type: 'talks', source: 'b', target: 'a', when: '2020-13-40' },
  ]);

  it('throws at finish what buildModel throws, naming each relation by its place in the whole list', () => {
    let want: unknown;
    try {
      buildModel(broken);
    } catch (e) {
      want = e;
    }
    expect(want).toBeInstanceOf(DatasetError);
    const assembler = new ModelAssembler(broken);
    for (let until = 1; until <= broken.relations.length; until++) assembler.add(until);
    expect(() => assembler.finish()).toThrow(DatasetError);
    try {
      assembler.finish();
    } catch (e) {
      expect((e as DatasetError).problems).toEqual((want as DatasetError).problems);
      expect((e as DatasetError).problems.map((p) => p.path)).toEqual([
        'relations[1].type',
        'relations[2].when',
      ]);
    }
  });
});
