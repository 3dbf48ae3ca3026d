// What the line layer works out from an element's computed style (a line's strokes, an actor's paint), kept by
// Cytoscape's style key, which every element of one look shares: a frame of thousands of elements then allocates
// nothing for them, and what a frame allocates is what the garbage collector's marking is charged to.
import type { DrawnElement } from './lineLayer';

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
