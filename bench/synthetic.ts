// Seeded synthetic datasets for benchmarks, shared by every benchmark module: a valid "faultline-dataset/1"
// with actors in clusters (most relations inside a cluster), lasting alliances and rivalries of months to
// years, events in bursts around crises, 1% of relations open-ended, a few events with several targets, and
// dates at day, month and year precision. Everything in it is labelled synthetic: no real actor or event.
import { DATASET_FORMAT, type Dataset, type Relation } from '../src/model/dataset/schema';
import { seededRandom } from '../src/model/random';

export interface SyntheticOptions {
  readonly relations: number;
  /** Span of the data in years, ending 2025-12-31 (default 30). */
  readonly years?: number;
  readonly seed?: number;
  /** Default: about 2·√relations, at least 50. */
  readonly actors?: number;
}

const DAY_MS = 86_400_000;
const LASTING_SHARE = 0.25;
const OPEN_ENDED_SHARE = 0.01;
const MULTI_TARGET_SHARE = 0.05;
const CLUSTER_SIZE = 12;
const EVENTS_PER_BURST = 40;
/** Six states, two armed groups, an organisation and a state agency in every ten actors. */
const KINDS = [
  'state',
  'state',
  'armed-group',
  'state',
  'state',
  'organisation',
  'state',
  'armed-group',
  'state',
  'state-agency',
] as const;

const LASTING_COOPERATIVE = ['alliance', 'support', 'affiliation'] as const;
const EVENT_COOPERATIVE = ['talks', 'mediation', 'agreement', 'endorsement'] as const;
const EVENT_HOSTILE = ['accusation', 'condemnation', 'threat', 'coercion', 'attack', 'clash'] as const;

export function syntheticDataset(options: SyntheticOptions): Dataset {
  const random = seededRandom(options.seed ?? 1);
  const int = (n: number): number => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;

  const years = options.years ?? 30;
  const first = Date.UTC(2025 - years + 1, 0, 1);
  const days = Math.round((Date.UTC(2026, 0, 1) - first) / DAY_MS);
  // Dates repeat a lot; one string per day keeps generation fast and the dataset small in memory.
  const isoDays = Array.from({ length: days }, (_, d) =>
    new Date(first + d * DAY_MS).toISOString().slice(0, 10),
  );
  const clamp = (d: number, last: number): number => Math.max(0, Math.min(last, Math.round(d)));
  const day = (d: number): string => isoDays[clamp(d, days - 1)]!;
  /** An interval of `length` days (>= 1) that stays inside the data's range, so its end is after its start. */
  const interval = (d: number, length: number): string => {
    const start = clamp(d, days - 1 - length);
    return `${isoDays[start]!}/${isoDays[start + length]!}`;
  };

  const nActors = options.actors ?? Math.max(50, Math.round(2 * Math.sqrt(options.relations)));
  const actorIds = Array.from({ length: nActors }, (_, i) => `actor-${i}`);
  const clusters = Math.max(1, Math.floor(nActors / CLUSTER_SIZE));
  const member = (cluster: number): string => actorIds[(cluster + clusters * int(CLUSTER_SIZE)) % nActors]!;
  const pair = (cluster: number): [string, string] => {
    const a = member(cluster);
    // One relation in five crosses clusters.
    let b = random() < 0.2 ? member(int(clusters)) : member(cluster);
    while (b === a) b = actorIds[int(nActors)]!;
    return [a, b];
  };

  const relations: Relation[] = [];
  const evidence = [
    { source: 'synthetic', quote: 'Synthetic relation made by the benchmark generator; not a real event.' },
  ];
  const add = (type: string, source: string, target: string | string[], when: string): void => {
    const id = `rel-${relations.length}`;
    relations.push({
      id,
      type,
      source,
      target,
      when,
      summary: `Synthetic ${type}.`,
      status: 'reported',
      evidence,
    });
  };

  const lasting = Math.round(options.relations * LASTING_SHARE);
  const openEnded = Math.round(options.relations * OPEN_ENDED_SHARE);
  for (let i = 0; i < lasting; i++) {
    const [a, b] = pair(int(clusters));
    const type = random() < 0.3 ? 'rivalry' : pick(LASTING_COOPERATIVE);
    const start = int(days - 1);
    // Log-uniform from a month to ten years: many short, a few very long.
    const length = 30 * Math.exp(random() * Math.log(120));
    if (i < openEnded) add(type, a, b, `${day(start)}/..`);
    else add(type, a, b, interval(start, Math.min(days - 1 - start, Math.max(1, Math.round(length)))));
  }

  let burst = { cluster: 0, centre: 0, width: 1, hostile: 0.5 };
  for (let i = 0; i < options.relations - lasting; i++) {
    if (i % EVENTS_PER_BURST === 0) {
      burst = { cluster: int(clusters), centre: int(days), width: 3 + int(28), hostile: random() };
    }
    const [a, b] = pair(burst.cluster);
    const type = random() < burst.hostile ? pick(EVENT_HOSTILE) : pick(EVENT_COOPERATIVE);
    const offset = -Math.log(1 - random()) * burst.width * (random() < 0.5 ? -1 : 1);
    const d = burst.centre + offset;
    const precision = random();
    const when =
      precision < 0.85
        ? day(d)
        : precision < 0.92
          ? day(d).slice(0, 7)
          : precision < 0.97
            ? interval(d, 1 + int(9))
            : day(d).slice(0, 4);
    const target =
      random() < MULTI_TARGET_SHARE ? [...new Set([b, member(burst.cluster), member(burst.cluster)])] : b;
    add(type, a, Array.isArray(target) ? target.filter((t) => t !== a) : target, when);
  }

  return {
    format: DATASET_FORMAT,
    id: `synthetic-${options.relations}`,
    title: `Synthetic benchmark data, ${options.relations} relations`,
    description: 'Generated for benchmarks by bench/synthetic.ts; no actor or event in it is real.',
    sources: [{ id: 'synthetic', title: 'Faultline synthetic generator', published: '2026' }],
    actors: actorIds.map((id, i) => ({
      id,
      label: `Actor ${i}`,
      kind: KINDS[i % KINDS.length]!,
      description: 'A synthetic actor.',
    })),
    relations,
  };
}
