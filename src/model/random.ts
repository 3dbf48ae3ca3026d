// One seeded random source for everything that must come out the same for the same seed: the betweenness sample of
// a view, the generated event files of tests and benchmarks, the synthetic datasets. mulberry32: small and fast,
// good enough for sampling and test data, not for anything secret.

/** Numbers in [0, 1), the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
