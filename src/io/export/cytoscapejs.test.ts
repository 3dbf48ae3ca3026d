// Cytoscape.js, the library the Cytoscape JSON format is Cytoscape's own for, reading the bundled dataset's `.cyjs`
// export headless as a JavaScript user (or Cytoscape desktop's importer, which reads the same `elements`) would:
// every actor and edge, each edge's own direction, its days, its EDTF `when` and its passages, the network's data,
// and the stylesheet it carries applied without a warning.
import cytoscape from 'cytoscape';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseDatasetJson } from '../../model/dataset/validate';
import { writeAny } from '.';
import { selectForExport } from './selection';

const ROOT = resolve(import.meta.dirname, '../../..');
const loaded = parseDatasetJson(readFileSync(join(ROOT, 'graph-data/af-pak.json'), 'utf8'), {
  file: 'af-pak.json',
});
if (!loaded.ok) throw new Error('the bundled dataset does not load');
const dataset = loaded.value;
const expected = selectForExport(dataset).edges;

interface CyjsFile {
  readonly data: Record<string, unknown>;
  readonly elements: cytoscape.ElementsDefinition;
  readonly style: cytoscape.StylesheetJson;
}

describe('Cytoscape.js reading the .cyjs export', () => {
  afterEach(() => vi.restoreAllMocks());
  const file = JSON.parse(writeAny(dataset, 'cyjs').bytes as string) as CyjsFile;

  it('gets every actor and edge, each edge with its own direction, days, EDTF when and passages', () => {
    const cy = cytoscape({ headless: true, elements: file.elements });
    expect(cy.nodes().length).toBe(dataset.actors.length);
    expect(cy.edges().length).toBe(expected.length);
    const got = cy
      .edges()
      .map((e) => ({
        source: e.source().id(),
        target: e.target().id(),
        directed: e.data('directed') as boolean,
        when: e.data('when') as string,
        quotes: (e.data('quotes') as string[] | undefined) ?? [],
        passages: e.data('evidenceJson')
          ? (JSON.parse(e.data('evidenceJson') as string) as { evidence: unknown[] }).evidence.length
          : 0,
      }))
      .sort((a, b) => `${a.source}${a.target}${a.when}`.localeCompare(`${b.source}${b.target}${b.when}`));
    const want = expected
      .map((e) => ({
        source: e.source,
        target: e.target,
        directed: e.directed,
        when: e.relation.when,
        quotes: e.relation.evidence.map((x) => x.quote),
        passages: e.relation.evidence.length,
      }))
      .sort((a, b) => `${a.source}${a.target}${a.when}`.localeCompare(`${b.source}${b.target}${b.when}`));
    expect(got).toEqual(want);
    expect(got.filter((e) => !e.directed).length).toBeGreaterThan(0);
  });

  it("keeps the network's title, id, sources and opening", () => {
    const cy = cytoscape({ headless: true, elements: file.elements, data: file.data });
    expect(cy.data('name')).toBe(dataset.title);
    expect(cy.data('datasetId')).toBe(dataset.id);
    expect(JSON.parse(cy.data('sourcesJson') as string)).toEqual(dataset.sources);
    expect(JSON.parse(cy.data('openingJson') as string)).toEqual(dataset.opening);
  });

  it('applies the stylesheet the file carries without a warning', () => {
    const warn = vi.spyOn(console, 'warn');
    const cy = cytoscape({ headless: true, elements: file.elements, style: file.style, styleEnabled: true });
    expect(cy.nodes().length).toBeGreaterThan(0);
    expect(warn).not.toHaveBeenCalled();
  });
});
