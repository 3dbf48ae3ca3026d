// A way to run code with Math.random replaced by the model's seeded source (src/model/random.ts), so a layout that
// draws random numbers (fcose does) gives the same picture for the same data every time.
import { seededRandom } from '../model';

export { seededRandom };

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
