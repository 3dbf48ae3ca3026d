// The label an actor is drawn with: whole up to the limit, else cut at a word with an ellipsis, never longer than
// the limit, whatever the label (a megabyte of one word included).
import { describe, expect, it } from 'vitest';
import { DRAWN_LABEL_CHARS, drawnLabel } from './elements';

describe('drawnLabel', () => {
  it.each([
    ['Pakistan', 'Pakistan'],
    ['x'.repeat(DRAWN_LABEL_CHARS), 'x'.repeat(DRAWN_LABEL_CHARS)],
    ['x'.repeat(DRAWN_LABEL_CHARS + 1), `${'x'.repeat(DRAWN_LABEL_CHARS - 1)}…`],
    [`${'word '.repeat(30)}end`, `${'word '.repeat(15).trimEnd()}…`],
    ['y'.repeat(10_000_000), `${'y'.repeat(DRAWN_LABEL_CHARS - 1)}…`],
  ])('%#', (label, drawn) => {
    expect(drawnLabel(label)).toBe(drawn);
    expect(drawnLabel(label).length).toBeLessThanOrEqual(DRAWN_LABEL_CHARS);
  });
});
