// Reading an element's computed style for the line layer (lineLayer.ts, smallNodes.ts), and what it works out from
// it (a line's strokes, an actor's paint) kept by Cytoscape's style key, which every element of one look shares: a
// frame of thousands of elements then allocates nothing for them, and what a frame allocates is what the garbage
// collector's marking is charged to.
import type { DrawnElement } from './lineLayer';

/** A parsed colour of Cytoscape's ([r, g, b]) at an opacity, as Cytoscape sets it on a canvas. */
export const rgba = (c: unknown, alpha: number): string => {
  const [r, g, b] = c as [number, number, number];
  return `rgba(${r},${g},${b},${alpha})`;
};

/** A numeric style property: its value as given, or in pixels (`pfValue`, the default). */
export const num = (e: DrawnElement, name: string, parsed: 'value' | 'pfValue' = 'pfValue'): number =>
  e.pstyle(name)[parsed] as number;

/** Distinct looks kept before starting over (a few dozen in practice). */
const KEPT_LOOKS = 2_000;

/** `of`, worked out once per look. An element without a style key (not yet styled) is worked out each time. */
export function keptByStyle<T>(of: (e: DrawnElement) => T): (e: DrawnElement) => T {
  const kept = new Map<number, T>();
  return (e) => {
    const key = e._private.styleKey;
    if (key === undefined) return of(e);
    let value = kept.get(key);
    if (value === undefined) {
      if (kept.size >= KEPT_LOOKS) kept.clear();
      kept.set(key, (value = of(e)));
    }
    return value;
  };
}
