// The viewport feed: every change reaches each subscriber, a late one gets the latest at once, and one that left
// hears nothing more; the transform is the one Cytoscape draws with (model · zoom + pan).
import { describe, expect, it } from 'vitest';
import { ViewportFeed, viewportTransform } from './viewport';

describe('ViewportFeed', () => {
  it('hands on changes, the latest first to a late subscriber, none after leaving', () => {
    const feed = new ViewportFeed();
    const early: number[] = [];
    const leave = feed.subscribe((v) => early.push(v.zoom));
    feed.publish({ zoom: 1, pan: { x: 0, y: 0 } });
    feed.publish({ zoom: 2, pan: { x: 5, y: 5 } });
    const late: number[] = [];
    feed.subscribe((v) => late.push(v.zoom));
    leave();
    feed.publish({ zoom: 3, pan: { x: 0, y: 0 } });
    expect(early).toEqual([1, 2]);
    expect(late).toEqual([2, 3]);
  });

  it('writes the transform that puts a layout point where the graph draws it', () => {
    expect(viewportTransform({ zoom: 0.5, pan: { x: 10, y: -20 } })).toBe('translate(10 -20) scale(0.5)');
  });
});
