// A problem has a place or says it concerns the whole file: the helpers build one or the other, and isPlaced
// tells a problem that has neither (the fuzz test holds every reader to it).
import { describe, expect, it } from 'vitest';
import { formatProblem, isPlaced, type Problem } from '../model/dataset/problems';
import { parseDatasetJson } from '../model/dataset/validate';
import { errorIn, fileErrorIn, fileWarningIn, warningIn } from './problem';

describe('problems and their place', () => {
  it.each<[string, Problem, boolean]>([
    ['a line', errorIn('a.csv', 'bad', { line: 3, column: 2 }), true],
    ['a path', warningIn('a.json', 'odd', { path: 'relations[0].when' }), true],
    ['a record', { message: 'x', severity: 'error', record: { kind: 'actor', id: 'a' } }, true],
    ['the whole file (error)', fileErrorIn('a.csv', 'the table is empty'), true],
    ['the whole file (warning)', fileWarningIn('a.csv', 'read as Windows-1252'), true],
    ['nothing', errorIn('a.csv', 'somewhere', {}), false],
  ])('%s', (_, problem, placed) => {
    expect(isPlaced(problem)).toBe(placed);
  });

  it('prints a whole-file problem as before: the file, then what is wrong', () => {
    expect(formatProblem(fileErrorIn('a.csv', 'the table is empty'))).toBe('a.csv: the table is empty');
  });

  it('places a field the dataset format does not know at the top by its name, and a non-object top as the file', () => {
    const unknown = parseDatasetJson('{"format": "faultline-dataset/1", "Changed": 1}', { file: 'd.json' });
    const top = parseDatasetJson('[]', { file: 'd.json' });
    if (unknown.ok || top.ok) expect.fail('both should be refused');
    expect(unknown.problems.find((p) => p.message.includes('"Changed"'))?.path).toBe('Changed');
    expect(top.problems).toEqual([fileErrorIn('d.json', 'must be an object, not a list')]);
  });
});
