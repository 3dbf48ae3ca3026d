// The GraphML rules checker: every GraphML the writer gives keeps the rules (the bundled dataset, the fixture in
// each --edges mode), and each rule bites on a small broken file.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDatasetJson } from '../../model/dataset/validate';
import { FIXTURE } from './fixture';
import { writeGraphml } from './graphml';
import { checkGraphml } from './graphml-rules';

const NS = 'xmlns="http://graphml.graphdrawing.org/xmlns"';
const doc = (body: string) => `<graphml ${NS}>${body}</graphml>`;

describe('checkGraphml', () => {
  it('passes what the writer writes: the bundled dataset, and the fixture in every --edges mode', () => {
    const bundled = parseDatasetJson(
      readFileSync(resolve(import.meta.dirname, '../../../graph-data/af-pak.json'), 'utf8'),
      { file: 'af-pak.json' },
    );
    if (!bundled.ok) throw new Error('the bundled dataset does not load');
    expect(checkGraphml(writeGraphml(bundled.value))).toEqual([]);
    for (const edges of ['auto', 'directed', 'undirected', 'mixed'] as const)
      expect(checkGraphml(writeGraphml(FIXTURE, { edges }))).toEqual([]);
  });

  it.each([
    ['a root in no namespace', '<graphml/>', 'the root must be'],
    [
      'a key id with a space',
      doc('<key id="a b" for="node"/><graph edgedefault="directed"/>'),
      'not an NMTOKEN',
    ],
    [
      'an attr.name with @',
      doc('<key id="k" for="node" attr.name="@x"/><graph edgedefault="directed"/>'),
      'attr.name="@x" is not an NMTOKEN',
    ],
    [
      'an unknown attr.type',
      doc('<key id="k" attr.type="date"/><graph edgedefault="directed"/>'),
      'attr.type="date"',
    ],
    ['a graph without edgedefault', doc('<graph/>'), 'edgedefault is required'],
    ['a key after the graph', doc('<graph edgedefault="directed"/><key id="k"/>'), '<key> comes too late'],
    [
      'an edge id with ~',
      doc('<graph edgedefault="directed"><node id="a"/><edge id="r~a" source="a" target="a"/></graph>'),
      'id="r~a" is not an NMTOKEN',
    ],
    [
      'an edge to no node',
      doc('<graph edgedefault="directed"><node id="a"/><edge source="a" target="b"/></graph>'),
      'target="b" names no node',
    ],
    [
      'a node id used twice',
      doc('<graph edgedefault="directed"><node id="a"/><node id="a"/></graph>'),
      'the node id "a" is used twice',
    ],
    [
      'data of an undeclared key',
      doc('<graph edgedefault="directed"><node id="a"><data key="k">1</data></node></graph>'),
      'names no declared key',
    ],
    [
      'data of a key for edges on a node',
      doc(
        '<key id="k" for="edge"/><graph edgedefault="directed"><node id="a"><data key="k">1</data></node></graph>',
      ),
      'declared for edge, not node',
    ],
    [
      'an int that is not one',
      doc(
        '<key id="k" for="node" attr.type="int"/><graph edgedefault="directed"><node id="a"><data key="k">1.5</data></node></graph>',
      ),
      '"1.5" is not a int',
    ],
    [
      'a boolean that is not one',
      doc(
        '<key id="k" for="edge" attr.type="boolean"/><graph edgedefault="directed"><node id="a"/><edge source="a" target="a"><data key="k">yes</data></edge></graph>',
      ),
      '"yes" is not a boolean',
    ],
  ])('refuses %s', (_, xml, message) => {
    const problems = checkGraphml(xml, 'bad.graphml');
    expect(problems.map((p) => p.message).join('\n')).toContain(message);
  });
});
