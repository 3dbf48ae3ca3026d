import { describe, expect, it } from 'vitest';
import type { ViewSpec } from '../model';
import { exportFileName } from './file-name';

const DAY = 86_400_000;
const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

describe('exportFileName', () => {
  it.each<[string, string, ViewSpec, string, string]>([
    [
      'a snapshot at the end of its day',
      'af-pak',
      { mode: 'snapshot', at: day('2026-02-27') + DAY - 1, memory: 30 * DAY },
      'png',
      'af-pak_2026-02-27.png',
    ],
    [
      'a snapshot at midnight',
      'af-pak',
      { mode: 'snapshot', at: day('2026-02-27'), memory: 0 },
      'svg',
      'af-pak_2026-02-27.svg',
    ],
    [
      'a cumulative view',
      'af-pak',
      { mode: 'cumulative', at: day('2025-10-12') + DAY - 1 },
      'pdf',
      'af-pak_2025-10-12.pdf',
    ],
    [
      'a window, inclusive days',
      'af-pak',
      { mode: 'window', from: day('2025-10-01'), to: day('2026-04-13') + DAY - 1 },
      'svg',
      'af-pak_2025-10-01_2026-04-13.svg',
    ],
    [
      'a one-day window',
      'x',
      { mode: 'window', from: day('2024-01-01'), to: day('2024-01-01') + DAY - 1 },
      'gif',
      'x_2024-01-01_2024-01-01.gif',
    ],
    [
      'an id with characters no file system likes',
      'a/b:c',
      { mode: 'cumulative', at: day('2020-05-05') },
      'jpg',
      'a-b-c_2020-05-05.jpg',
    ],
  ])('%s', (_what, id, spec, ext, expected) => {
    expect(exportFileName(id, spec, ext)).toBe(expected);
  });
});
