// Export and import meet: a dataset written by each exporter and read back by the matching importer gives the
// same actors, relations, types, statuses and time spans. Run on the bundled dataset and on the exporters'
// fixture (several targets, declared types, open and time-of-day spans, free-form attributes).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { relationIdOfKey } from '../model/graph/edge-key';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/dataset/schema';
import { targetsOf } from '../model/dataset/schema';
import { parseDatasetJson } from '../model/dataset/validate';
import { buildModel, DAY_MS } from '../model';
import { parseWhen } from '../model/time/edtf';
import { checkGexf } from './export/gexf-rules';
import { checkGraphml } from './export/graphml-rules';
import { FIXTURE } from './export/fixture';
import { writeAny, type ExportFormatId } from './export';
import { writeJson } from './export/json';
import { readAnySync } from './import';

const BUNDLED_TEXT = readFileSync(resolve(import.meta.dirname, '../../graph-data/af-pak.json'), 'utf8');

function bundled(): Dataset {
  const loaded = parseDatasetJson(BUNDLED_TEXT, { file: 'af-pak.json' });
  if (!loaded.ok) throw new Error(`the bundled dataset does not load: ${loaded.problems[0]?.message}`);
  return loaded.value;
}

/** What a round trip must keep, in a form that does not depend on order. */
function essence(d: Dataset) {
  const span = (when: string) => {
    const s = parseWhen(when);
    return [s.start, s.end];
  };
  return {
    actors: d.actors
      .map((a) => ({ id: a.id, label: a.label, kind: a.kind, span: a.when ? span(a.when) : null }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    relations: d.relations
      .map((r) => ({
        id: r.id,
        type: r.type,
        source: r.source,
        targets: [...targetsOf(r)].sort(),
        status: r.status,
        when: r.when,
        span: span(r.when),
      }))
      .sort((a, b) => a.id.localeCompare(b.id)),
  };
}

function readBack(dataset: Dataset, format: ExportFormatId, edgeKeys?: readonly string[]): Dataset {
  const file = writeAny(dataset, format, { edgeKeys });
  // Every GEXF the exporter writes is held to the GEXF 1.3 rules,
  if (format === 'gexf') expect(checkGexf(file.bytes as string, file.fileName)).toEqual([]);
  // And every GraphML to the GraphML rules.
  if (format === 'graphml') expect(checkGraphml(file.bytes as string, file.fileName)).toEqual([]);
  const result = readAnySync(file.bytes, file.fileName);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.dataset;
}

/** The dataset less where it opens. */
function withoutOpening(d: Dataset): Dataset {
  const { opening: _, ...rest } = d;
  return rest;
}

describe.each([
  ['the bundled dataset', bundled()],
  ['the export fixture', FIXTURE],
])('%s', (_, dataset) => {
  it.each(['json', 'gexf', 'graphml', 'cyjs', 'csv'] as const)('comes back the same from %s', (format) => {
    expect(essence(readBack(dataset, format))).toEqual(essence(dataset));
  });

  it.each(['json', 'gexf', 'graphml', 'cyjs', 'csv'] as const)(
    'keeps each relation’s confidence and inference notes through %s',
    (format) => {
      const notes = (d: Dataset) =>
        Object.fromEntries(d.relations.map((r) => [r.id, [r.confidence, r.inference]]));
      expect(notes(readBack(dataset, format))).toEqual(notes(dataset));
    },
  );

  it.each(['csv', 'gexf', 'graphml', 'cyjs'] as const)(
    'keeps every quote, its source, whose claim it carries and its grades through %s',
    (format) => {
      const back = readBack(dataset, format);
      const quotes = (d: Dataset) =>
        d.relations
          .flatMap((r) =>
            r.evidence.map((e) =>
              JSON.stringify([r.id, e.source, e.quote, e.claim, e.reliability, e.credibility]),
            ),
          )
          .sort();
      expect(quotes(back)).toEqual(quotes(dataset));
      expect(back.sources.map((s) => [s.id, s.title]).sort()).toEqual(
        dataset.sources.map((s) => [s.id, s.title]).sort(),
      );
    },
  );
});

describe.each([
  ['the bundled dataset', bundled(), ['gexf', 'graphml', 'cyjs', 'csv']],
  // CSV cells are text: the fixture's typed and formula-guarded attributes come back as text (export.md).
  ['the export fixture', FIXTURE, ['gexf', 'graphml', 'cyjs']],
] as const)('%s through each format', (_, dataset, formats) => {
  /**
   * The dataset as Faultline writes it, sources in id order and without its opening where asked (GEXF carries
   * sources edge by edge, not as a table, and has no graph-level place for the opening); a declared type's
   * mediation, intensity and description travel in the JSON alone (export.md), and so do stories.
   */
  const text = (d: Dataset, gexf: boolean) =>
    writeJson({
      ...(gexf ? withoutOpening(d) : d),
      stories: undefined,
      ...(d.relationTypes && {
        relationTypes: d.relationTypes.map(({ id, label, polarity, duration, directed }) => ({
          id,
          label,
          polarity,
          duration,
          directed,
        })),
      }),
      ...(gexf && { sources: d.sources.toSorted((a, b) => a.id.localeCompare(b.id)) }),
    });

  it.each(formats.map((f) => [f, f === 'gexf'] as const))(
    'comes back from %s as the same JSON, evidence included',
    (format, gexf) => {
      const back = readBack(dataset, format);
      const quotes = dataset.relations.flatMap((r) => r.evidence).length;
      expect(quotes).toBeGreaterThan(0);
      expect(back.relations.flatMap((r) => r.evidence)).toHaveLength(quotes);
      expect(text(back, gexf)).toBe(text(dataset, gexf));
      expect(back.opening).toEqual(gexf ? undefined : dataset.opening);
      expect(back.stories).toBeUndefined();
    },
  );
});

describe('a view of the bundled dataset', () => {
  const dataset = bundled();
  const model = buildModel(dataset);
  const at = Date.UTC(2025, 9, 12) + DAY_MS - 1;
  const edgeKeys = model.index.query({ mode: 'snapshot', at, memory: 30 * DAY_MS });
  // What the view holds, as a dataset: its relations whole, written as JSON and read back.
  const expected = readBack(dataset, 'json', edgeKeys);

  it('is not empty, and not the whole dataset', () => {
    expect(expected.relations.length).toBeGreaterThan(0);
    expect(expected.relations.length).toBeLessThan(dataset.relations.length);
    expect(new Set(expected.relations.map((r) => r.id))).toEqual(new Set(edgeKeys.map(relationIdOfKey)));
  });

  it.each(['gexf', 'graphml', 'cyjs', 'csv'] as const)('comes back the same from %s', (format) => {
    expect(essence(readBack(dataset, format, edgeKeys))).toEqual(essence(expected));
  });
});

describe('the bundled file', () => {
  it('imported and exported again is the same JSON, byte for byte', () => {
    const imported = readAnySync(BUNDLED_TEXT, 'af-pak.json');
    if (!imported.ok) throw new Error(imported.problems.map((p) => p.message).join('\n'));
    expect(writeJson(imported.dataset)).toBe(BUNDLED_TEXT);
  });
});

describe('an opening that does not read', () => {
  it.each([
    ['graphml', 'a.graphml'],
    ['cyjs', 'a.cyjs'],
  ] as const)('in %s is a warning, and the dataset opens at its default date', (format, file) => {
    const dataset = bundled();
    const written = writeAny(dataset, format).bytes as string;
    // The opening's date as each format escapes it inside its JSON text.
    const date = `"date":"${dataset.opening!.date}"`;
    const escaped = format === 'cyjs' ? JSON.stringify(date).slice(1, -1) : date.replace(/"/g, '&quot;');
    expect(written).toContain(escaped);
    const broken = written.replace(escaped, escaped.replace(dataset.opening!.date, '27 February 2026'));
    const back = readAnySync(broken, file);
    if (!back.ok) throw new Error(back.problems[0]?.message);
    expect(back.dataset.opening).toBeUndefined();
    expect(back.warnings.map((w) => w.message)).toContainEqual(
      expect.stringMatching(
        /^opening_json at date: must be a day written YYYY-MM-DD; the opening date was not read$/,
      ),
    );
  });
});
