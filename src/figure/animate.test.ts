import { describe, expect, it } from 'vitest';
import { AnimationRangeError, ExportCancelled, animationDates, playInto, type FrameSink } from './animate';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('animationDates', () => {
  it.each([
    ['days', '2026-02-25', '2026-02-28', 'day', ['2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28']],
    [
      'weeks, ending on the day asked for',
      '2026-01-01',
      '2026-01-20',
      'week',
      ['2026-01-01', '2026-01-08', '2026-01-15', '2026-01-20'],
    ],
    [
      'weeks landing on the end',
      '2026-01-01',
      '2026-01-15',
      'week',
      ['2026-01-01', '2026-01-08', '2026-01-15'],
    ],
    [
      'months from the 31st',
      '2025-12-31',
      '2026-04-30',
      'month',
      ['2025-12-31', '2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30'],
    ],
    [
      'months across a leap February',
      '2024-01-29',
      '2024-03-29',
      'month',
      ['2024-01-29', '2024-02-29', '2024-03-29'],
    ],
    ['one day', '2026-02-27', '2026-02-27', 'day', ['2026-02-27']],
  ] as const)('%s', (_what, from, to, step, expected) => {
    expect(animationDates(day(from), day(to), step).map(iso)).toEqual(expected);
  });

  it('refuses a reversed range and one of more than a thousand frames', () => {
    expect(() => animationDates(day('2026-02-27'), day('2026-02-26'), 'day')).toThrow(AnimationRangeError);
    expect(() => animationDates(day('2020-01-01'), day('2026-01-01'), 'day')).toThrow(AnimationRangeError);
    expect(animationDates(day('2020-01-01'), day('2026-01-01'), 'month')).toHaveLength(73);
  });
});

/** A sink that records what it was given, standing in for an encoder. */
function recordingSink() {
  const log: string[] = [];
  const sink: FrameSink = {
    add: (frame, index) => {
      log.push(`add ${index} ${frame.width}`);
      return Promise.resolve();
    },
    finish: () => {
      log.push('finish');
      return Promise.resolve(new Uint8Array([1, 2, 3]));
    },
    cancel: () => {
      log.push('cancel');
    },
  };
  return { log, sink };
}

const frame = (width: number) => ({ width, height: 1 }) as unknown as OffscreenCanvas;

describe('playInto', () => {
  it('draws and encodes each date in order, reports progress and returns the encoded bytes', async () => {
    const { log, sink } = recordingSink();
    const progress: string[] = [];
    const dates = [day('2026-01-01'), day('2026-01-02'), day('2026-01-03')];
    const bytes = await playInto(dates, (_d, i) => Promise.resolve(frame(10 + i)), sink, {
      onProgress: (p) => progress.push(`${p.done}/${p.total} ${iso(p.date)}`),
    });
    expect([...bytes]).toEqual([1, 2, 3]);
    expect(log).toEqual(['add 0 10', 'add 1 11', 'add 2 12', 'finish']);
    expect(progress).toEqual(['1/3 2026-01-01', '2/3 2026-01-02', '3/3 2026-01-03']);
  });

  it('stops between frames when cancelled and drops what was encoded', async () => {
    const { log, sink } = recordingSink();
    const abort = new AbortController();
    const run = playInto([1, 2, 3, 4], (_d, i) => Promise.resolve(frame(i)), sink, {
      signal: abort.signal,
      onProgress: (p) => p.done === 2 && abort.abort(),
    });
    await expect(run).rejects.toBeInstanceOf(ExportCancelled);
    expect(log).toEqual(['add 0 0', 'add 1 1', 'cancel']);
  });

  it('drops what was encoded when drawing fails', async () => {
    const { log, sink } = recordingSink();
    const failing = () => Promise.reject(new Error('no canvas'));
    await expect(playInto([1], failing, sink)).rejects.toThrow('no canvas');
    expect(log).toEqual(['cancel']);
  });
});
