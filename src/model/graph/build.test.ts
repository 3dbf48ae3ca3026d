// buildModel: edge keys and parties, the mixed multigraph, the extent, dates parsed once, and the errors a
// dataset that cannot be built gets (naming the relation and the field).
import { describe, expect, it } from 'vitest';
import { DatasetError } from '../dataset/problems';
import { buildModel, extentOf } from './build';
import { datasetOf, ms } from './fixtures';

describe('buildModel', () => {
  const model = buildModel(
    datasetOf(
      [
        { id: 'pact', type: 'alliance', source: 'a', target: 'b', when: '2020-01-10/..' },
        { id: 'strike', type: 'attack', source: 'a', target: ['b', 'c'], when: '2020-02-20/2020-02-28' },
        { id: 'hint', type: 'support', source: 'c', target: ['a'], when: '2019', status: 'alleged' },
      ],
      ['lonely'],
    ),
  );

  it('makes one edge per party, keyed by relation id, or relation~target for several parties', () => {
    expect(model.edges.map((e) => [e.key, e.relationId, e.source, e.target])).toEqual([
      ['pact', 'pact', 'a', 'b'],
      ['strike~b', 'strike', 'a', 'b'],
      ['strike~c', 'strike', 'a', 'c'],
      ['hint', 'hint', 'c', 'a'],
    ]);
    expect(model.edgeByKey.get('strike~c')?.relation.id).toBe('strike');
  });

  it('builds a mixed multigraph with every actor, directed by relation type', () => {
    expect(model.graph.type).toBe('mixed');
    expect(model.graph.multi).toBe(true);
    expect(model.graph.nodes().sort()).toEqual(['a', 'b', 'c', 'lonely']);
    expect(model.graph.isDirected('strike~b')).toBe(true);
    expect(model.graph.isUndirected('pact')).toBe(true);
    expect(model.graph.getEdgeAttributes('hint').status).toBe('alleged');
    expect(model.graph.getNodeAttributes('lonely').actor.label).toBe('lonely');
  });

  it('parses dates once, sharing the span of a relation among its edges', () => {
    const [b, c] = [model.edgeByKey.get('strike~b')!, model.edgeByKey.get('strike~c')!];
    expect(b.span).toBe(c.span);
    expect(b.span).toMatchObject({
      start: ms('2020-02-20'),
      end: ms('2020-02-29') - 1,
      edtf: '2020-02-20/2020-02-28',
    });
    expect(model.edgeByKey.get('pact')!.span.end).toBe(Infinity);
  });

  it('takes the extent from finite starts and ends only', () => {
    expect(model.extent).toEqual({ start: ms('2019-01-01'), end: ms('2020-02-29') - 1 });
    expect(extentOf([])).toBeNull();
  });

  const problemsOf = (build: () => unknown): unknown => {
    try {
      build();
    } catch (e) {
      expect(e).toBeInstanceOf(DatasetError);
      return (e as DatasetError).problems;
    }
    throw new Error('expected a DatasetError');
  };

  it.each([
    ['a date that does not parse', { when: '2020-13-01' }, 'relations[0].when'],
    ['an unknown relation type', { type: 'friendship' }, 'relations[0].type'],
    ['a source that is no actor', { source: 'ghost' }, 'relations[0].source'],
    ['a target in a list that is no actor', { target: ['b', 'ghost'] }, 'relations[0].target[1]'],
    ['a relation that lists the same party twice', { target: ['b', 'b'] }, 'relations[0].target[1]'],
  ])('refuses %s, naming the relation and the field', (_, change, path) => {
    const dataset = datasetOf([{ id: 'bad', type: 'talks', source: 'a', target: 'b', when: '2020' }]);
    dataset.relations[0] = { ...dataset.relations[0]!, ...change };
    expect(problemsOf(() => buildModel(dataset))).toEqual([
      expect.objectContaining({ path, record: { kind: 'relation', id: 'bad' }, severity: 'error' }),
    ]);
  });
});
