// The progress bar's line and its pacing: a fraction drawn as a bar and a percentage, none as an ellipsis, a
// new phase drawn at once and the same phase no more often than asked.
import { describe, expect, it } from 'vitest';
import { ProgressBar, progressLine } from './progress';

describe('progressLine', () => {
  it.each([
    [0, 'reading ▕░░░░░░░░░░▏ 0%'],
    [0.42, 'reading ▕████░░░░░░▏ 42%'],
    [1, 'reading ▕██████████▏ 100%'],
    [1.7, 'reading ▕██████████▏ 100%'],
    [null, 'reading …'],
  ])('%s', (fraction, line) => {
    expect(progressLine('reading', fraction, 10)).toBe(line);
  });
});

describe('ProgressBar', () => {
  it('draws a new phase at once, the same phase at most every interval, and clears at the end', () => {
    const lines: string[] = [];
    let t = 0;
    const bar = new ProgressBar(
      (l) => lines.push(l),
      200,
      () => t,
    );
    bar.update('reading', 0.1);
    t = 100;
    bar.update('reading', 0.2);
    t = 250;
    bar.update('reading', 0.3);
    t = 260;
    bar.update('folding', null);
    bar.done();
    expect(lines).toEqual([progressLine('reading', 0.1), progressLine('reading', 0.3), 'folding …', '']);
  });
});
