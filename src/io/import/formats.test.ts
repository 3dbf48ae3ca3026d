// The import registry: every reader's extensions name it, XML is told by its root and JSON by its value, the
// file dialog accepts exactly the registered extensions, and pasted text gets a name that tells its format.
import { describe, expect, it } from 'vitest';
import { IMPORT_EXTENSIONS, READABLE_FILES, READERS, jsonReaderFor, pastedFileName } from './formats';
import { detectFormat, readAnySync } from './index';

/** A first line of each table format, as its files begin. */
const HEADS: Record<string, string> = {
  acled: 'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1',
  ucdp: 'id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,side_a,side_b',
  gdelt: ['1', '20230104', ...Array<string>(56).fill('')].join('\t'),
  icews:
    'Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\tTarget Name',
  polecat: 'Event ID\tEvent Date\tEvent Type\tEvent Mode\tContexts\tActor Name\tRecipient Name',
};

describe('the import registry', () => {
  it.each(
    READERS.filter((r) => r.sniff?.kind !== 'table').flatMap((r) =>
      r.extensions.map((e) => [e, r.id] as const),
    ),
  )('a file named x.%s is read by %s (JSON by its content)', (extension, id) => {
    expect(detectFormat(`x.${extension}`, '')).toBe(extension === 'json' ? 'json?' : id);
  });

  it.each(READERS.filter((r) => r.sniff?.kind === 'xml').map((r) => [r.id, r] as const))(
    'an XML file whose root is the %s root is read as %s, whatever its name',
    (id, reader) => {
      const root = reader.sniff?.kind === 'xml' ? reader.sniff.root : '';
      expect(detectFormat('x.xml', `<?xml version="1.0"?>\n<x:${root} xmlns:x="u">`)).toBe(id);
      expect(detectFormat('noname', `  <${root}>`)).toBe(id);
    },
  );

  it('gives a JSON value to the one reader that claims it, or says what it lacks', () => {
    const claimed = (v: unknown) => {
      const r = jsonReaderFor(v);
      return typeof r === 'string' ? r : r.id;
    };
    expect(claimed({ format: 'faultline-dataset/1' })).toBe('json');
    expect(claimed('text')).toBe('json');
    expect(claimed({ elements: [] })).toBe('cytoscape');
    expect(claimed([])).toBe('cytoscape');
    expect(claimed({ nodes: [] })).toBe(
      'this JSON is neither a Faultline dataset (it has no "format": "faultline-dataset/1") nor PLOVER records (a list of objects with "event" and "source" or "target") nor a Cytoscape network (it has no "elements")',
    );
  });

  it.each(READERS.filter((r) => r.sniff?.kind === 'table').map((r) => [r.id, r] as const))(
    'a table told by its first line is read as %s under each of its extensions, and as CSV without that line',
    (id, reader) => {
      const head = (reader.sniff?.kind === 'table' && HEADS[id]) || '';
      expect(reader.sniff?.kind === 'table' && reader.sniff.claims(head)).toBe(true);
      for (const e of reader.extensions) {
        expect(detectFormat(`x.${e}`, `${head}\n`)).toBe(id);
        expect(detectFormat(`x.${e}`, 'Source,Target\nA,B')).toBe('csv');
      }
    },
  );

  it('accepts in the file dialog every extension of the readers, their archives, and .xml', () => {
    expect([...IMPORT_EXTENSIONS].sort()).toEqual(
      ['json', 'csv', 'tsv', 'tab', 'txt', 'zip', 'gexf', 'graphml', 'cyjs', 'xml'].sort(),
    );
    expect(READABLE_FILES).toBe('.json, .csv, .gexf, .graphml and .cyjs files');
  });

  it.each([
    [
      '<?xml version="1.0"?><graphml><graph><node id="a"/><node id="b"/><edge source="a" target="b"/></graph></graphml>',
      'pasted.xml',
      'graphml',
    ],
    [
      '  {"elements": {"nodes": [{"data": {"id": "a"}}, {"data": {"id": "b"}}], "edges": [{"data": {"source": "a", "target": "b"}}]}}',
      'pasted.json',
      'cytoscape',
    ],
    ['Source,Target\nA,B', 'pasted.csv', 'csv'],
  ])('names pasted text %j %s, which reads as %s', (text, name, format) => {
    expect(pastedFileName(text)).toBe(name);
    const result = readAnySync(text, name);
    expect(result.ok && result.report.format).toBe(format);
  });
});
