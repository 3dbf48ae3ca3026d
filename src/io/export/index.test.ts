// writeAny: every format in the table writes, under the right name and MIME type, through the right writer.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeCytoscape } from './cytoscape';
import { FIXTURE } from './fixture';
import { writeGexf } from './gexf';
import { writeGraphml } from './graphml';
import { EXPORT_FORMATS, EXPORT_OUTPUTS, WriterOptionError, isExportFormat, writeAny } from './index';
import { csvWriter } from './csv';
import { writeJson } from './json';

describe('writeAny', () => {
  it.each([
    ['json', 'export-fixture.json', 'application/json', writeJson(FIXTURE)],
    ['gexf', 'export-fixture.gexf', 'application/gexf+xml', writeGexf(FIXTURE)],
    ['graphml', 'export-fixture.graphml', 'application/graphml+xml', writeGraphml(FIXTURE)],
    ['cyjs', 'export-fixture.cyjs', 'application/json', writeCytoscape(FIXTURE)],
  ] as const)('writes %s', (format, fileName, mime, bytes) => {
    expect(writeAny(FIXTURE, format)).toEqual({ fileName, mime, bytes });
  });

  it('writes csv as a zip of the tables, or one table alone', () => {
    const zip = writeAny(FIXTURE, 'csv');
    expect(zip).toMatchObject({ fileName: 'export-fixture-csv.zip', mime: 'application/zip' });
    expect(Object.keys(unzipSync(zip.bytes as Uint8Array)).sort()).toEqual([
      'actors.csv',
      'dataset.csv',
      'evidence.csv',
      'relations.csv',
      'sources.csv',
    ]);
    const actors = writeAny(FIXTURE, 'csv', { csvTable: 'actors', fileStem: 'view' });
    expect(actors.fileName).toBe('view-actors.csv');
    expect(String(actors.bytes).split('\r\n')[0]).toBe(
      '\uFEFFId,Label,Kind,Country,PartOf,Aliases,Description,timeset,When,acled_id,attributes.kind,note,founded_by,active',
    );
  });

  it('knows its formats', () => {
    expect(EXPORT_FORMATS.map((f) => f.id)).toEqual(['json', 'gexf', 'graphml', 'csv', 'cyjs']);
    expect(isExportFormat('gexf')).toBe(true);
    expect(isExportFormat('png')).toBe(false);
  });

  it('knows every output extension, with the options its file is written with', () => {
    expect(EXPORT_OUTPUTS.map((o) => [o.extension, o.format, o.options])).toEqual([
      ['json', 'json', {}],
      ['gexf', 'gexf', {}],
      ['graphml', 'graphml', {}],
      ['zip', 'csv', {}],
      ['csv', 'csv', { csvTable: 'relations' }],
      ['cyjs', 'cyjs', {}],
    ]);
    const relations = EXPORT_OUTPUTS.find((o) => o.extension === 'csv')!;
    expect(writeAny(FIXTURE, relations.format, relations.options).fileName).toBe(
      'export-fixture-relations.csv',
    );
  });

  it('turns the CSV writer’s options into write options, refusing a table it does not write', () => {
    const [table, kumu] = csvWriter.options!;
    expect(table!.apply('sources')).toEqual({ csvTable: 'sources' });
    expect(() => table!.apply('people')).toThrow(WriterOptionError);
    expect(kumu!.apply(true)).toEqual({ csvHeaders: 'kumu' });
    const written = writeAny(FIXTURE, 'csv', { ...table!.apply('relations'), ...kumu!.apply(true) });
    expect(String(written.bytes).split('\r\n')[0]).toMatch(/^\uFEFFId,From,To,/);
  });
});
