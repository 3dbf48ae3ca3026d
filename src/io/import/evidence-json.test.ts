// The passages a graph file carries as `evidence_json` (and its sources table), read back by the GraphML, GEXF
// and Cytoscape readers whatever program wrote the file; JSON that does not read is a warning at its place and
// stays an attribute.
import { describe, expect, it } from 'vitest';
import { readCytoscape } from './cytoscape';
import { readGexf } from './gexf';
import { readGraphml } from './graphml';
import { expectProblem, loaded } from './test-support';
import type { ImportResult } from './result';
import { WARNINGS_PER_KIND } from '../../model/dataset/warning-cap';

const QUOTE = 'Officials said the crossing was closed on Monday.';
const payload = (quote: string, source = 'wire-1') =>
  JSON.stringify({
    evidence: [{ source, quote, claim: { by: 'party', actor: 'a' }, reliability: 'C', credibility: 3 }],
    sources: [{ id: 'wire-1', title: 'Wire report', published: '2025-10' }],
  });
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** One edge a → b carrying `json`, in each format, written by no program in particular. */
const FILES: Record<string, (json: string) => ImportResult> = {
  graphml: (json) =>
    readGraphml(
      `<graphml><key id="k" for="edge" attr.name="evidence_json" attr.type="string"/>` +
        `<key id="q" for="edge" attr.name="quotes" attr.type="string"/>` +
        `<graph edgedefault="directed"><node id="a"/><node id="b"/>\n` +
        `<edge source="a" target="b"><data key="k">${esc(json)}</data><data key="q">x</data></edge></graph></graphml>`,
      { fileName: 'e.graphml' },
    ),
  gexf: (json) =>
    readGexf(
      `<gexf version="1.3"><graph defaultedgetype="directed"><attributes class="edge">` +
        `<attribute id="0" title="evidence_json" type="string"/></attributes>` +
        `<nodes><node id="a"/><node id="b"/></nodes><edges>\n` +
        `<edge source="a" target="b"><attvalues><attvalue for="0" value="${esc(json)}"/></attvalues></edge>` +
        `</edges></graph></gexf>`,
      { fileName: 'e.gexf' },
    ),
  cyjs: (json) =>
    readCytoscape(
      JSON.stringify({
        elements: {
          nodes: [{ data: { id: 'a' } }, { data: { id: 'b' } }],
          edges: [{ data: { source: 'a', target: 'b', evidenceJson: json, quotes: ['x'] } }],
        },
      }),
      { fileName: 'e.cyjs' },
    ),
};

describe.each(Object.entries(FILES))('%s', (_, read) => {
  it('reads the passages, whose claim they carry, their grades and their sources', () => {
    const d = loaded(read(payload(QUOTE)));
    expect(d.relations[0]!.evidence).toEqual([
      {
        source: 'wire-1',
        quote: QUOTE,
        claim: { by: 'party', actor: 'a' },
        reliability: 'C',
        credibility: 3,
      },
    ]);
    expect(d.sources).toEqual([{ id: 'wire-1', title: 'Wire report', published: '2025-10' }]);
    // What the export derives from the passages is not kept beside them.
    expect(d.relations[0]!.attributes).toBeUndefined();
  });

  it.each([
    ['not JSON', '{"evidence": [', 'is not valid JSON'],
    ['a quote too short', payload('short'), 'at evidence.0.quote: must be a verbatim passage'],
  ])('warns about %s and keeps the text as an attribute', (__, json, message) => {
    const result = read(json);
    const d = loaded(result);
    expect(d.relations[0]!.evidence).toEqual([]);
    expect(Object.keys(d.relations[0]!.attributes ?? {}).some((k) => /^evidence_?json$/i.test(k))).toBe(true);
    expectProblem(result.ok ? result.warnings : [], { message });
  });

  it('names a source the file does not describe by its id', () => {
    const result = read(payload(QUOTE, 'wire-2'));
    expect(loaded(result).sources.map((s) => [s.id, s.title])).toContainEqual(['wire-2', 'wire-2']);
    expectProblem(result.ok ? result.warnings : [], { message: 'cites the source "wire-2"' });
  });
});

describe('evidence_json that does not read, on many edges', () => {
  it('builds a hundred warnings of the kind, then one that counts the rest', () => {
    const n = WARNINGS_PER_KIND + 400;
    const edges = Array.from(
      { length: n },
      (_, i) => `<edge id="e${i}" source="a" target="b"><data key="k">{"evidence": [</data></edge>\n`,
    ).join('');
    const result = readGraphml(
      `<graphml><key id="k" for="edge" attr.name="evidence_json" attr.type="string"/>` +
        `<graph edgedefault="directed"><node id="a"/><node id="b"/>\n${edges}</graph></graphml>`,
      { fileName: 'many.graphml' },
    );
    const about = (result.ok ? result.warnings : []).filter((w) => w.message.includes('evidence_json'));
    expect(about.filter((w) => w.line !== undefined)).toHaveLength(WARNINGS_PER_KIND);
    const summary = about.filter((w) => w.scope === 'file');
    expect(summary).toHaveLength(1);
    expect(summary[0]!.message).toMatch(/^… and 400 more like this: evidence_json /);
  });
});
