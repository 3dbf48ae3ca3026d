// A problem's place as one line, and whether it has one: line and column first, the byte offset when there is no
// line, then the path and the record.
import { describe, expect, it } from 'vitest';
import { formatProblem, isPlaced, type Problem } from './problems';

const p = (place: Partial<Problem>): Problem => ({ message: 'what is wrong', severity: 'error', ...place });

describe('formatProblem', () => {
  it.each<[string, Partial<Problem>, string]>([
    ['a line and column', { file: 'a.csv', line: 3, column: 7 }, 'a.csv:3:7: what is wrong'],
    [
      'a line, the byte not repeated',
      { file: 'a.csv', line: 3, column: 7, byte: 40 },
      'a.csv:3:7: what is wrong',
    ],
    ['a byte alone', { file: 'a.csv', byte: 24 }, 'a.csv: byte 24: what is wrong'],
    ['a large byte', { file: 'a.csv', byte: 1234567 }, 'a.csv: byte 1,234,567: what is wrong'],
    ['a byte without a file', { byte: 0 }, 'byte 0: what is wrong'],
    ['a byte and a path', { file: 'a.xml', byte: 9, path: 'when' }, 'a.xml: byte 9: when: what is wrong'],
    ['a line without a file', { line: 2 }, 'line 2: what is wrong'],
    [
      'a path and a record',
      { file: 'd.json', path: 'relations[1].when', record: { kind: 'relation', id: 'r1' } },
      'd.json: relations[1].when (relation "r1"): what is wrong',
    ],
  ])('%s', (_, place, line) => {
    expect(formatProblem(p(place))).toBe(line);
  });
});

describe('isPlaced', () => {
  it.each<[string, Partial<Problem>, boolean]>([
    ['nothing', { file: 'a.csv' }, false],
    ['the whole file', { file: 'a.csv', scope: 'file' }, true],
    ['a line', { line: 1 }, true],
    ['a byte', { byte: 0 }, true],
    ['a path', { path: 'actors' }, true],
    ['a record', { record: { kind: 'actor', id: 'a' } }, true],
  ])('%s', (_, place, placed) => {
    expect(isPlaced(p(place))).toBe(placed);
  });
});
