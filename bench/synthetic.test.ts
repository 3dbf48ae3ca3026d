// The synthetic generator makes valid datasets, the same one from the same seed, with the mix it promises.
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../src/model/dataset/validate';
import { buildModel } from '../src/model/graph/build';
import { syntheticDataset } from './synthetic';

describe('syntheticDataset', () => {
  const dataset = syntheticDataset({ relations: 4000, seed: 42 });

  it('is a valid dataset that builds', () => {
    // Loaded as the benchmarks load it, through an import: random relations may repeat one pair and type on
    // overlapping dates, which a curated dataset may not but an import is only warned of.
    const result = validateDataset(dataset, { requireEvidence: false });
    expect(result.ok && result.value.relations.length).toBe(4000);
    expect(buildModel(dataset).edges.length).toBeGreaterThanOrEqual(4000);
  });

  it('is the same from the same seed and differs with another', () => {
    expect(syntheticDataset({ relations: 4000, seed: 42 })).toEqual(dataset);
    expect(syntheticDataset({ relations: 4000, seed: 43 }).relations).not.toEqual(dataset.relations);
  });

  it('has a quarter lasting relations, 1% open-ended, dates over 30 years', () => {
    const model = buildModel(dataset);
    const relations = dataset.relations;
    const lasting = relations.filter((r) => model.relationTypes.get(r.type)!.duration === 'lasting');
    expect(lasting.length).toBe(1000);
    expect(relations.filter((r) => r.when.endsWith('/..')).length).toBe(40);
    expect(model.extent!.start).toBeGreaterThanOrEqual(Date.UTC(1996, 0, 1));
    expect(model.extent!.end).toBeLessThan(Date.UTC(2026, 0, 1));
    expect(model.extent!.end - model.extent!.start).toBeGreaterThan(25 * 365 * 86_400_000);
  });
});
