// A seeded pseudo-random generator (mulberry32), and a way to run code with Math.random replaced by one, so a
// layout that draws random numbers (fcose does) gives the same picture for the same data every time.

export function seededRandom(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Runs `fn` with Math.random seeded; restores the real one even when `fn` throws. Only for synchronous code. */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const real = Math.random;
  Math.random = seededRandom(seed);
  try {
    return fn();
  } finally {
    Math.random = real;
  }
}
