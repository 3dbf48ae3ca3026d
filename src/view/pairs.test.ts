// Pair lines: how drawn relations fold into one line per pair and tone (counted, strongest intensity, dashed only
// when all are alleged, an arrow only when all point one way), checked case by case and as a partition of any
// set of drawn relations; and GraphSync keeping pair lines in step with time by updating them in place.
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { buildModel } from '../model';
import type { Dataset, Relation } from '../model/dataset/schema';
import { DEFAULT_VIEW, type ViewState } from '../state/viewState';
import cytoscape from './cytoscape';
import { FIXTURE } from '../model/dataset/test-fixture';
import { LiveViewDeriver } from './liveView';
import { pairLineId, pairLines, type PairLine } from './pairs';
import { GraphSync } from './sync';

const ev = FIXTURE.relations[0]!.evidence;
const rel = (
  id: string,
  type: string,
  source: string,
  target: string,
  when: string,
  alleged = false,
): Relation => ({
  id,
  type,
  source,
  target,
  when,
  summary: id,
  status: alleged ? 'alleged' : 'reported',
  ...(alleged ? { assertedBy: ['union'] } : {}),
  evidence: ev,
});

// Alpha and Beta: three more hostile relations in late February 2026 (two directed opposite ways, one undirected
// clash), talks beside them, and an alleged-only pair (Gamma → Beta, twice).
const DATA: Dataset = {
  ...FIXTURE,
  relations: [
    ...FIXTURE.relations,
    rel('ab-attack', 'attack', 'alpha', 'beta', '2026-02-23'),
    rel('ba-attack', 'attack', 'beta', 'alpha', '2026-02-24', true),
    rel('ab-clash', 'clash', 'alpha', 'beta', '2026-02-25'),
    rel('ab-talks', 'talks', 'alpha', 'beta', '2026-02-26'),
    rel('gb-attack-1', 'attack', 'gamma', 'beta', '2026-02-20', true),
    rel('gb-attack-2', 'attack', 'gamma', 'beta', '2026-02-21', true),
  ],
};
const model = buildModel(DATA);
const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
const NONE = { age: new Map<string, number>(), dimmedEdges: new Set<string>() };

describe('pairLines', () => {
  const lines = pairLines(
    model,
    model.edges.filter((e) => e.span.start >= day('2026-02-20')).map((e) => e.key),
    NONE,
  );
  const cases: [string, string, Partial<PairLine>][] = [
    [
      'four hostile relations of mixed direction: one undirected line of four',
      'pair:alpha~beta:hostile',
      {
        members: ['ab-attack', 'ab-clash', 'ba-attack', 'r-attack'],
        directed: false,
        alleged: false,
        lineStyle: 'dotted',
      },
    ],
    ['talks beside them: a line of its own tone', 'pair:alpha~beta:cooperative', { members: ['ab-talks'] }],
    [
      'two alleged attacks one way: dashed, with the arrow they share',
      'pair:beta~gamma:hostile',
      {
        members: ['gb-attack-1', 'gb-attack-2'],
        alleged: true,
        lineStyle: 'dashed',
        directed: true,
        source: 'gamma',
        target: 'beta',
      },
    ],
  ];
  it.each(cases)('%s', (_name, id, expected) => {
    expect(lines.get(id)).toMatchObject(expected);
  });

  it('takes the strongest intensity and the freshest age of its members', () => {
    const age = new Map([
      ['ab-attack', 3],
      ['ba-attack', 2],
    ]);
    const line = pairLines(model, ['ab-attack', 'ba-attack'], { ...NONE, age }).get(
      'pair:alpha~beta:hostile',
    )!;
    expect(line.age).toBe(2);
    expect(line.intensity).toBe(model.edgeByKey.get('ab-attack')!.info.intensity);
  });

  it('partitions any set of drawn relations by pair and tone', () => {
    const keys = model.edges.map((e) => e.key);
    fc.assert(
      fc.property(fc.subarray(keys), fc.subarray(keys), (drawn, ended) => {
        const out = pairLines(model, drawn, NONE, ended);
        const live = [...out.values()].filter((l) => !l.ended).flatMap((l) => l.members);
        const gone = [...out.values()].filter((l) => l.ended).flatMap((l) => l.members);
        expect(live.sort()).toEqual([...drawn].sort());
        expect(gone.sort()).toEqual([...ended].sort());
        for (const line of out.values()) {
          for (const k of line.members) expect(pairLineId(model.edgeByKey.get(k)!, line.ended)).toBe(line.id);
          const members = line.members.map((k) => model.edgeByKey.get(k)!);
          expect(line.alleged).toBe(members.every((e) => e.status === 'alleged'));
          expect(line.intensity).toBe(Math.max(...members.map((e) => e.info.intensity)));
        }
      }),
      { seed: 15, numRuns: 200 },
    );
  });
});

describe('GraphSync with pair lines', () => {
  function setup() {
    const cy = cytoscape({ headless: true });
    const sync = new GraphSync(cy, model, (id) => ({ x: id.length * 10, y: id.charCodeAt(0) }));
    const deriver = new LiveViewDeriver(model);
    const show = (date: string, patch: Partial<ViewState> = {}) => {
      const state = { ...DEFAULT_VIEW, ...patch, date: day(date) };
      const view = deriver.derive(state);
      sync.apply(view, { selection: state.selection, focus: state.focus?.id ?? null });
      return view;
    };
    return { cy, show };
  }

  it('draws one edge per pair line, and updates a line in place when its members change', () => {
    const { cy, show } = setup();
    const one = show('2026-02-23');
    expect(
      cy
        .edges()
        .map((e) => e.id())
        .sort(),
    ).toEqual([...one.pairs!.keys()].sort());
    const line = cy.getElementById('pair:alpha~beta:hostile');
    // The fixture's own attack of 22 February and the one of the 23rd, both from Alpha: one way, an arrow.
    expect(line.data('count')).toBe(2);
    expect(line.data('label')).toBe('×2');
    expect(line.hasClass('directed')).toBe(true);
    const add = vi.spyOn(cy, 'add');
    show('2026-02-25');
    expect(cy.getElementById('pair:alpha~beta:hostile')).toBe(line);
    expect(line.data('count')).toBe(4);
    expect(line.data('label')).toBe('×4');
    expect(line.hasClass('directed')).toBe(false);
    expect(
      add.mock.calls.flatMap(([defs]) => defs as { data: { id: string } }[]).map((d) => d.data.id),
    ).toEqual([]);
  });

  it('switches between pair lines and one line per relation without moving an actor', () => {
    const { cy, show } = setup();
    show('2026-02-26');
    const at = () => cy.nodes().map((n) => `${n.id()}@${n.position().x},${n.position().y}`);
    const before = at();
    const relations = show('2026-02-26', { edgeMode: 'relations' });
    expect(
      cy
        .edges()
        .map((e) => e.id())
        .sort(),
    ).toEqual([...relations.edges].sort());
    expect(at()).toEqual(before);
    const pairs = show('2026-02-26');
    expect(cy.edges().length).toBe(pairs.pairs!.size);
    expect(at()).toEqual(before);
  });

  it('marks the pair line of a selected relation, and every line of a selected pair', () => {
    const { cy, show } = setup();
    show('2026-02-26', { selection: { kind: 'relation', id: 'ab-clash' } });
    const picked = () =>
      cy
        .$('.picked')
        .map((e) => e.id())
        .sort();
    expect(picked()).toEqual(['pair:alpha~beta:hostile']);
    show('2026-02-26', { selection: { kind: 'pair', id: 'alpha~beta' } });
    expect(picked()).toEqual(['pair:alpha~beta:cooperative', 'pair:alpha~beta:hostile']);
  });
});
