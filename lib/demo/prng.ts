// A small seeded PRNG so that demo data is identical on every machine and run.
// Math.random cannot be seeded, and a stable dataset is what lets tests compare
// two generations with toEqual and lets screenshots and docs stay valid.

export interface Rng {
  /** uniform in [0, 1) */
  next(): number;
  uniform(min: number, max: number): number;
  /** integer in [min, max], both included */
  int(min: number, max: number): number;
  normal(mean?: number, sd?: number): number;
  /**
   * A multiplicative noise factor with mean 1 (log-normal): scaling a count by
   * it never makes it negative, and sums over many days keep their expected value.
   */
  jitter(sigma: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Poisson draw (Knuth); only used for small means such as posts per week. */
  poisson(mean: number): number;
}

/** mulberry32: 32-bit state, good enough statistically for demo data and tiny. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const rng: Rng = {
    next,
    uniform: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    normal(mean = 0, sd = 1) {
      // Box–Muller; 1 - next() lies in (0, 1], so the logarithm is finite.
      const u1 = 1 - next();
      const u2 = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    },
    jitter: (sigma) => Math.exp(rng.normal(0, sigma) - (sigma * sigma) / 2),
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError("pick from an empty list");
      return items[Math.floor(next() * items.length)] as T;
    },
    poisson(mean) {
      const limit = Math.exp(-mean);
      let k = 0;
      let p = next();
      while (p > limit) {
        k += 1;
        p *= next();
      }
      return k;
    },
  };
  return rng;
}

/** FNV-1a over the label, mixed with the seed. */
export function hashSeed(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i += 1) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // One avalanche round so that labels differing in one character diverge fully.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

/**
 * An independent stream per purpose ("daily:douyin/qinghe_official"): adding
 * a content item or an account never shifts the numbers of another part.
 */
export function forkRng(seed: number, label: string): Rng {
  return createRng(hashSeed(seed, label));
}
