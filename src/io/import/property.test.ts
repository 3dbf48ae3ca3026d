// Random input never throws out of a reader: random bytes, JSON, CSV and XML each give a dataset that passes the
// validator, or a non-empty list of problems.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../model/dataset/validate';
import { readAnySync } from './index';
import type { ImportResult } from './result';

function holds(result: ImportResult): boolean {
  if (!result.ok) {
    expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
    if (result.partial)
      expect(validateDataset(result.partial.dataset, { requireEvidence: false }).ok).toBe(true);
    return true;
  }
  expect(validateDataset(result.dataset, { requireEvidence: false }).ok).toBe(true);
  return true;
}

const NAMES = ['a.csv', 'a.json', 'a.gexf', 'a.graphml', 'a.cyjs', 'a.zip', 'a.xml', 'a'];
const cell = fc.oneof(
  fc.constantFrom(
    'Alpha',
    'Beta',
    'alliance',
    'clash',
    'Trade pact',
    '2001',
    '2001/2003',
    '[2001, Infinity]',
    '',
  ),
  fc.string({ maxLength: 12 }),
);
const csvText = fc
  .tuple(
    fc.constantFrom(',', ';', '\t', '|'),
    fc.subarray([
      'Source',
      'Target',
      'Type',
      'When',
      'Start',
      'End',
      'timeset',
      'Summary',
      'Quote',
      'Status',
      'Id',
    ]),
    fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 8 }),
  )
  .map(([d, header, rows]) =>
    [header, ...rows]
      .map((r) => r.map((c) => (/[",;\t|\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(d))
      .join('\n'),
  );

const xmlName = fc.constantFrom(
  'gexf',
  'graph',
  'nodes',
  'node',
  'edges',
  'edge',
  'spells',
  'spell',
  'attvalues',
  'graphml',
  'data',
  'key',
);
const xmlAttr = fc.tuple(
  fc.constantFrom(
    'id',
    'source',
    'target',
    'start',
    'end',
    'timestamp',
    'mode',
    'timeformat',
    'kind',
    'label',
    'for',
    'value',
    'key',
  ),
  fc.constantFrom(
    'a',
    'b',
    '1',
    '2001',
    '2001-05-01',
    'dynamic',
    'dateTime',
    'integer',
    'x<y',
    '&amp;',
    '2012-04-28T16:10:00+0200',
  ),
);
/** Elements nested up to `depth` deep, with the formats' element and attribute names. */
function xmlElement(depth: number): fc.Arbitrary<string> {
  const children =
    depth === 0 ? fc.constant([] as string[]) : fc.array(xmlElement(depth - 1), { maxLength: 3 });
  return fc.tuple(xmlName, fc.array(xmlAttr, { maxLength: 3 }), children).map(([name, attrs, kids]) => {
    const a = [...new Map(attrs)].map(([k, v]) => ` ${k}="${v.replace(/</g, '&lt;')}"`).join('');
    return `<${name}${a}>${kids.join('')}</${name}>`;
  });
}

describe('readers never throw', () => {
  it('on random bytes, under any name', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom(...NAMES), (bytes, name) =>
        holds(readAnySync(bytes, name)),
      ),
    );
  });

  it('on random JSON, as a dataset or a Cytoscape file', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom('a.json', 'a.cyjs'), (value, name) =>
        holds(readAnySync(JSON.stringify(value) ?? 'null', name)),
      ),
    );
  });

  it('on random CSV tables', () => {
    fc.assert(fc.property(csvText, (text) => holds(readAnySync(text, 'a.csv'))));
  });

  it('on random XML, as GEXF and as GraphML', () => {
    fc.assert(
      fc.property(xmlElement(4), fc.constantFrom('gexf', 'graphml'), (xml, root) =>
        holds(readAnySync(`<${root}>${xml}</${root}>`, `a.${root}`)),
      ),
    );
  });
});
