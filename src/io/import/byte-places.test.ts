// Problems of files read from bytes carry their byte offset where the reader knows it exactly, and it points at
// the place their line and column name: a CSV cell, a JSON syntax error, an XML element or the place XML breaks.
// Non-ASCII text before the place makes bytes and characters differ, so a character count would not pass.
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../model';
import { readAnySync } from './index';
import type { ImportResult } from './result';

const encoder = new TextEncoder();
const BOM = [0xef, 0xbb, 0xbf];

const problemsOf = (r: ImportResult): readonly Problem[] =>
  r.ok ? r.warnings : [...r.problems, ...(r.partial?.rejected.flatMap((row) => row.problems) ?? [])];

interface Case {
  readonly file: string;
  readonly text: string;
  /** The problem's message contains this. */
  readonly about: string;
  readonly line: number;
  readonly column: number;
  /** What the file holds from the problem's byte on. */
  readonly startsWith: string;
}

const CASES: [string, Case][] = [
  [
    'a CSV quoted cell never closed',
    {
      file: 'q.csv',
      text: 'Source,Target,Type,When\nKābul,Bāmiyān,alliance,"2024\n',
      about: 'never closed',
      line: 2,
      column: 24,
      startsWith: '"2024',
    },
  ],
  [
    'a CSV cell that is not a date',
    {
      file: 'd.csv',
      text: 'Source,Target,Type,When\nKābul,"Bā\nmiyān",alliance,soon\n',
      about: 'soon',
      line: 3,
      column: 17,
      startsWith: 'soon',
    },
  ],
  [
    'JSON that breaks',
    {
      file: 'j.json',
      text: '{"title": "Ḱābul",\n "actors": [1,, 2]}',
      about: 'not valid JSON',
      line: 2,
      column: 15,
      startsWith: ', 2]',
    },
  ],
  [
    'XML that is not well-formed',
    {
      file: 'x.graphml',
      text: '<graphml><graph>\n<node id="Kābul"></nodes></graph></graphml>',
      about: 'not well-formed',
      line: 2,
      column: 26,
      startsWith: '</graph>',
    },
  ],
  [
    'a GraphML node without an id',
    {
      file: 'n.graphml',
      text: '<graphml><graph><node id="Kābul"/>\n  <node/><edge source="Kābul" target="Kābul"/></graph></graphml>',
      about: 'has no id',
      line: 2,
      column: 3,
      startsWith: '<node/>',
    },
  ],
  [
    'a GEXF edge without a target',
    {
      file: 'e.gexf',
      text: '<gexf version="1.3"><graph><nodes><node id="Kābul"/></nodes><edges>\n<edge id="1" source="Kābul"/></edges></graph></gexf>',
      about: 'no target',
      line: 2,
      column: 1,
      startsWith: '<edge id="1"',
    },
  ],
];

describe('byte offsets of problems in files read from bytes', () => {
  it.each(CASES)('%s', (_, c) => {
    for (const bytes of [encoder.encode(c.text), Uint8Array.from([...BOM, ...encoder.encode(c.text)])]) {
      const found = problemsOf(readAnySync(bytes, c.file)).find((p) => p.message.includes(c.about));
      expect(found, `no problem about "${c.about}"`).toBeDefined();
      expect([found!.line, found!.column]).toEqual([c.line, c.column]);
      expect(found!.byte).toBeTypeOf('number');
      expect(new TextDecoder().decode(bytes.subarray(found!.byte)).startsWith(c.startsWith)).toBe(true);
    }
  });

  it.each(CASES)('%s: none when the file came as text, whose bytes are not known', (_, c) => {
    const found = problemsOf(readAnySync(c.text, c.file)).find((p) => p.message.includes(c.about));
    expect(found).toBeDefined();
    expect(found!.byte).toBeUndefined();
  });
});
