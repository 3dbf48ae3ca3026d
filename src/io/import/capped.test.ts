// A reader's warnings are capped as the validator's are (src/model/dataset/warning-cap.ts): a GraphML of a
// thousand lone nodes builds a hundred of them and one summary marked as about the whole file.
import { describe, expect, it } from 'vitest';
import { readAnySync } from './index';

describe('capped warnings through a reader', () => {
  it('caps a reader’s warnings the same way, each summary marked as about the whole file', () => {
    const nodes = Array.from({ length: 1000 }, (_, i) => `<node id="n${i}"/>`).join('');
    const xml = `<graphml><graph>${nodes}<edge source="n0" target="n1"/></graph></graphml>`;
    const r = readAnySync(xml, 'many.graphml');
    if (!r.ok) expect.fail(r.problems.map((p) => p.message).join('\n'));
    expect(r.warnings.length).toBeLessThan(110);
    const summary = r.warnings.find((w) =>
      w.message.startsWith('… and 898 more like this: no relation mentions'),
    );
    expect(summary?.scope).toBe('file');
  });
});
