// Building the model of a dataset already in memory (one opened for this page only: imported, but the browser would
// not keep it) a slice of relations per task, with the share done reported, so a large one never holds the page for
// long while it is built. The model is the one buildModel makes (ModelAssembler's promise).
import { ModelAssembler, type Dataset, type Model } from '../model';
import { measureSince } from '../state/openTimes';
import { indexOffPage } from './indexOffPage';

/** Relations built per task: a few tens of ms on a slow machine, as the kept datasets' slices. */
export const RELATIONS_PER_TASK = 1_000;

/** Called off: the caller asked for another dataset meanwhile. */
export class BuildCancelled extends Error {
  override readonly name = 'BuildCancelled';
  constructor() {
    super('Building the dataset was cancelled.');
  }
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function buildInSlices(
  dataset: Dataset,
  onBuilt: (share: number) => void,
  signal?: AbortSignal,
  slice = RELATIONS_PER_TASK,
): Promise<Model> {
  const assembler = new ModelAssembler(dataset);
  const total = dataset.relations.length;
  onBuilt(0);
  for (let done = 0; done < total;) {
    await nextTask();
    if (signal?.aborted) throw new BuildCancelled();
    const start = performance.now();
    done = Math.min(total, done + slice);
    assembler.add(done);
    measureSince('build', start);
    onBuilt(done / total);
  }
  // The time index (a sort of every edge) off the page; the page only wraps its arrays.
  const from = performance.now();
  const ordered = await indexOffPage(assembler.columns());
  if (signal?.aborted) throw new BuildCancelled();
  const model = assembler.finish({}, ordered);
  measureSince('index', from);
  return model;
}
