// The elements a layout does not read are counted by name with the first one's place, and nothing a layout reads
// is counted; `*` passes any content, `:*` any prefixed child.
import { describe, expect, it } from 'vitest';
import { skippedElements, type XmlLayout } from './skipped';
import { parseXml } from './tree';

const LAYOUT: XmlLayout = { root: ['list', 'blob'], list: ['item', ':*'], blob: '*' };

describe('skippedElements', () => {
  it('counts unknown and misplaced elements by name, with where the first stands', () => {
    const xml = [
      '<root>',
      '<list><item/><stray/><item><deep/></item></list>',
      '<item/>',
      '<stray/>',
      '</root>',
    ].join('\n');
    expect([...skippedElements(parseXml(xml), LAYOUT).values()]).toEqual([
      { name: 'stray', parent: 'list', count: 2, line: 2, column: 14 },
      { name: 'deep', parent: 'item', count: 1, line: 2, column: 28 },
      { name: 'item', parent: 'root', count: 1, line: 3, column: 1 },
    ]);
  });

  it('passes prefixed children where `:*` stands and any content under `*`', () => {
    const xml = '<root><list><x:ext/></list><blob><anything><at-all/></anything></blob></root>';
    expect(skippedElements(parseXml(xml), LAYOUT).size).toBe(0);
  });
});
