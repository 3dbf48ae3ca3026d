// The dataset JSON writer: canonical key order, a byte-exact round trip, and view subsets that stay valid.
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../model/dataset/schema';
import { validateDataset } from '../../model/dataset/validate';
import { FIXTURE } from './fixture';
import { jsonWithId, writeJson } from './json';

describe('writeJson', () => {
  it('is given a fixture that is itself a valid dataset, without warnings', () => {
    expect(validateDataset(FIXTURE)).toMatchObject({ ok: true, warnings: [] });
  });

  it('reads back as the same dataset, and writes the same bytes again', () => {
    const text = writeJson(FIXTURE);
    const again = datasetSchema.parse(JSON.parse(text));
    expect(again).toEqual(FIXTURE);
    expect(writeJson(again)).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('writes keys in the order the format declares, whatever order they came in', () => {
    const shuffled = {
      ...FIXTURE,
      actors: FIXTURE.actors.map((a) => Object.fromEntries(Object.entries(a).reverse()) as typeof a),
    };
    const text = writeJson(shuffled);
    expect(text).toBe(writeJson(FIXTURE));
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'format',
      'id',
      'title',
      'description',
      'relationTypes',
      'sources',
      'actors',
      'relations',
    ]);
    const alpha = (JSON.parse(text) as { actors: object[] }).actors[0]!;
    expect(Object.keys(alpha)).toEqual([
      'id',
      'label',
      'kind',
      'aliases',
      'description',
      'country',
      'when',
      'attributes',
    ]);
  });

  it('keeps free-form attributes as given, in their order', () => {
    const parsed = JSON.parse(writeJson(FIXTURE)) as { actors: { attributes?: object }[] };
    expect(parsed.actors[0]!.attributes).toEqual({
      acled_id: 42,
      kind: 'shadowed',
      note: '=HYPERLINK("http://x")',
    });
    expect(Object.keys(parsed.actors[0]!.attributes!)).toEqual(['acled_id', 'kind', 'note']);
  });

  it('writes a view as a valid dataset holding the relations behind it and what they reference', () => {
    const view = datasetSchema.parse(
      JSON.parse(writeJson(FIXTURE, { edgeKeys: ['alpha-army-strikes-beta'] })),
    );
    expect(view.relations.map((r) => r.id)).toEqual(['alpha-army-strikes-beta']);
    // alpha-army's parent comes along so `partOf` still resolves.
    expect(view.actors.map((a) => a.id)).toEqual(['alpha', 'alpha-army', 'beta']);
    expect(view.sources.map((s) => s.id)).toEqual(['src-b']);
    expect(view.relationTypes).toEqual([]);
  });

  it('keeps the declared types a view uses', () => {
    const view = datasetSchema.parse(JSON.parse(writeJson(FIXTURE, { edgeKeys: ['alpha-closes-border'] })));
    expect(view.relationTypes?.map((t) => t.id)).toEqual(['border-closure']);
    expect(view.actors.map((a) => a.id)).toEqual(['alpha', 'gamma']);
  });
});

describe('jsonWithId', () => {
  it.each([
    ['a plain id', 'fixture', 'fixture-2'],
    ['an id a quote and a backslash must be escaped in', 'say "x"\\y', 'say "x"\\y-2'],
    ['an id of letters beyond ASCII and a line break', 'Kābul\n', 'Kābul\n-10'],
  ])('gives what writeJson writes under the new id, for %s', (_, from, to) => {
    const dataset = { ...FIXTURE, id: from };
    expect(jsonWithId(writeJson(dataset), dataset, to)).toBe(writeJson({ ...dataset, id: to }));
  });

  it('gives nothing for text writeJson did not write for that dataset', () => {
    const other = writeJson({ ...FIXTURE, id: 'other' });
    expect(jsonWithId(other, FIXTURE, 'x')).toBeUndefined();
    expect(jsonWithId(JSON.stringify(FIXTURE), FIXTURE, 'x')).toBeUndefined();
  });
});
