// Names each phase of opening a dataset on the page's performance timeline (`faultline:open:<phase>` measures),
// so the opening benchmark (bench/open.bench.ts) and a profile can say which phase a long main-thread task fell
// in. Costs a mark and a measure per phase; outside a browser (tests, the command line) it only runs the work.

export type OpenPhase = 'read' | 'check' | 'build' | 'index' | 'layout' | 'save' | 'receive' | 'draw';

const canMeasure = typeof performance !== 'undefined' && typeof performance.measure === 'function';

/** Records a phase that began at `start` (performance.now()) and ends now. */
export function measureSince(phase: OpenPhase, start: number): void {
  if (canMeasure) performance.measure(`faultline:open:${phase}`, { start, end: performance.now() });
}

/** Runs `work` and records its time (until its promise settles, for async work) as `phase`. */
export function timedPhase<T>(phase: OpenPhase, work: () => T): T {
  const start = canMeasure ? performance.now() : 0;
  const out = work();
  if (out instanceof Promise) {
    void out.then(
      () => measureSince(phase, start),
      () => measureSince(phase, start),
    );
  } else measureSince(phase, start);
  return out;
}
