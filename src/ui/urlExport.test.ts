import { describe, expect, it } from 'vitest';
import { animationRequestSchema, imageRequestSchema } from '../io/export/figure-request';
import { exportFromQuery } from './urlExport';

const allOn = { title: true, caption: true, when: true, filters: true, legend: true, sources: true };

describe('exportFromQuery', () => {
  it('asks for nothing without export=', () => {
    expect(exportFromQuery('?date=2026-02-27&scale=2')).toBeNull();
  });

  it.each([
    [
      '?date=2026-02-27&export=png&scale=2',
      { format: 'png', scale: 2, width: undefined, background: 'white', caption: '', parts: allOn },
    ],
    [
      '?export=png&width=1600&bg=transparent',
      { format: 'png', scale: 1, width: 1600, background: 'transparent', caption: '', parts: allOn },
    ],
    [
      '?export=svg&bg=dark&caption=Before%20the%20talks&omit=sources,filters',
      {
        format: 'svg',
        scale: 1,
        width: undefined,
        background: 'dark',
        caption: 'Before the talks',
        parts: { ...allOn, sources: false, filters: false },
      },
    ],
    [
      '?export=pdf',
      { format: 'pdf', scale: 1, width: undefined, background: 'white', caption: '', parts: allOn },
    ],
  ])('%s asks for an image', (query, expected) => {
    const asked = exportFromQuery(query);
    expect(asked?.kind).toBe('image');
    expect(imageRequestSchema.parse(asked?.request)).toEqual(expected);
  });

  it('asks for an animation over a range', () => {
    const asked = exportFromQuery('?export=gif&range=2025-10-01/2026-04-13&step=month&fps=2&width=640');
    expect(asked?.kind).toBe('animation');
    expect(animationRequestSchema.parse(asked?.request)).toMatchObject({
      format: 'gif',
      from: '2025-10-01',
      to: '2026-04-13',
      step: 'month',
      fps: 2,
      width: 640,
    });
  });

  it.each([
    ['?export=tiff', imageRequestSchema],
    ['?export=png&scale=9', imageRequestSchema],
    ['?export=png&scale=two', imageRequestSchema],
    ['?export=png&bg=pink', imageRequestSchema],
    ['?export=webm&range=2025-10-01', animationRequestSchema],
    ['?export=gif&range=2025-10-01/2026-04-13&step=fortnight', animationRequestSchema],
  ] as const)('%s is refused when checked', (query, schema) => {
    expect(schema.safeParse(exportFromQuery(query)?.request).success).toBe(false);
  });
});
