// Helpers for the importers' tests: read a fixture, and a result's problems in a form a table can list.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import type { Dataset } from '../../model/dataset/schema';
import type { Problem } from '../../model/dataset/problems';
import type { ImportResult } from './result';

export function fixture(name: string): string {
  return readFileSync(resolve(import.meta.dirname, '__fixtures__', name), 'utf8');
}

/** The dataset of a result that must have loaded; the test fails with the problems otherwise. */
export function loaded(result: ImportResult): Dataset {
  if (!result.ok) expect.fail(result.problems.map((p) => p.message).join('\n'));
  return result.dataset;
}

/** The errors of a result that must not have loaded. */
export function errorsOf(result: ImportResult): Problem[] {
  if (result.ok) expect.fail('the input loaded, but it should not have');
  return result.problems.filter((p) => p.severity === 'error');
}

/** Expected place and message of one problem; only the fields given are compared. */
export interface ExpectedProblem {
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
  readonly path?: string;
  readonly record?: string;
}

export function expectProblem(problems: readonly Problem[], want: ExpectedProblem): void {
  const hit = problems.find((p) => p.message.includes(want.message));
  expect(
    hit,
    `no problem says "${want.message}" among:\n${problems.map((p) => p.message).join('\n')}`,
  ).toBeDefined();
  if (want.line !== undefined) expect(hit?.line).toBe(want.line);
  if (want.column !== undefined) expect(hit?.column).toBe(want.column);
  if (want.path !== undefined) expect(hit?.path).toBe(want.path);
  if (want.record !== undefined) expect(hit?.record?.id).toBe(want.record);
}
