// GEXF and GraphML count the elements they pass over (unknown, or out of place) in the import report, by name
// with the first one's place, and warn there; a well-placed file counts nothing.
import { describe, expect, it } from 'vitest';
import { readAnySync } from './index';
import type { ImportResult } from './result';

const report = (r: ImportResult) => (r.ok ? r.report : r.partial?.report);
const warnings = (r: ImportResult) => (r.ok ? r.warnings : r.problems);

/** Line and column (1-based) of the first `needle` in `text`. */
function at(text: string, needle: string): { line: number; column: number } {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

const GEXF = [
  '<gexf version="1.3"><graph defaultedgetype="directed">',
  '<nodes><node id="a" label="A"/><node id="b" label="B"/><edge id="x" source="a" target="b"/></nodes>',
  '<edges><edge id="1" source="a" target="b" kind="talks"/><mystery/><mystery/></edges>',
  '</graph></gexf>',
].join('\n');

const GRAPHML = [
  '<graphml><key id="t" for="edge" attr.name="relation"/>',
  '<graph edgedefault="directed"><node id="a"><port name="p"/></node><node id="b"/>',
  '<edge source="a" target="b"><data key="t">talks</data></edge>',
  '<nodes/></graph></graphml>',
].join('\n');

describe.each([
  [
    'GEXF',
    'a.gexf',
    GEXF,
    [
      { name: 'edge', parent: 'nodes', count: 1, ...at(GEXF, '<edge id="x"') },
      { name: 'mystery', parent: 'edges', count: 2, ...at(GEXF, '<mystery') },
    ],
  ],
  [
    'GraphML',
    'a.graphml',
    GRAPHML,
    [
      { name: 'port', parent: 'node', count: 1, ...at(GRAPHML, '<port') },
      { name: 'nodes', parent: 'graph', count: 1, ...at(GRAPHML, '<nodes') },
    ],
  ],
])('%s: skipped elements', (_, name, text, expected) => {
  it('are counted in the report by name, with the first one’s place', () => {
    expect([...(report(readAnySync(text, name))?.skipped.values() ?? [])]).toEqual(expected);
  });

  it('are each named by a warning at the first one', () => {
    const r = readAnySync(text, name);
    for (const s of expected) {
      const w = warnings(r).find((p) => p.message.startsWith(`<${s.name}> is not read inside <${s.parent}>`));
      expect(w?.severity).toBe('warning');
      expect([w?.line, w?.column]).toEqual([s.line, s.column]);
      expect(w?.message).toContain(
        s.count === 1 ? 'it was skipped' : `${s.count} such elements were skipped`,
      );
    }
  });
});
