// Tests of the JSON syntax locator: the place and reason of typical hand-editing mistakes, and properties that
// it agrees with JSON.parse on which texts are valid.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineColumnOf, locateJsonSyntaxError } from './json-syntax';

describe('locateJsonSyntaxError', () => {
  // prettier-ignore
  const cases: [string, string, number, number, string][] = [
    ['trailing comma in an object', '{\n  "a": 1,\n}', 2, 9, 'a comma before "}": JSON allows no trailing comma'],
    ['trailing comma in a list', '[1, 2,\n]', 1, 6, 'a comma before "]": JSON allows no trailing comma'],
    ['missing comma between fields', '{\n  "a": 1\n  "b": 2\n}', 2, 9, 'a "," is missing after a field'],
    ['missing comma between items', '[\n  "x"\n  "y"\n]', 2, 6, 'a "," is missing after a list item'],
    ['single quotes', "{'a': 1}", 1, 2, 'expected a field name in double quotes, found "\'"'],
    ['unquoted field name', '{ a: 1 }', 1, 3, 'expected a field name in double quotes, found "a"'],
    ['missing colon', '{ "a" 1 }', 1, 7, 'expected ":" after the field name, found "1"'],
    ['misspelt true', '{ "a": tru }', 1, 8, 'unexpected "tru" where a value should be'],
    ['comment', '{ // note\n"a": 1 }', 1, 3, 'expected a field name in double quotes, found "/"'],
    ['unclosed text', '{ "a": "x }', 1, 8, 'the file ends inside a text (a closing " is missing)'],
    ['line break inside a text', '{ "a": "x\ny" }', 1, 10, 'a line break or control character inside a text (write \\n instead)'],
    ['bad escape', '{ "a": "C:\\dir" }', 1, 11, '\\d is not a valid escape in a text (write a backslash as \\\\)'],
    ['leading zero', '[01]', 1, 3, 'a "," is missing after a list item'],
    ['stray character', '[1 ; 2]', 1, 4, 'expected "," or "]" after a list item, found ";"'],
    ['truncated file', '{ "a": [1, 2', 1, 13, 'expected "," or "]" after a list item, found the end of the file'],
    ['empty file', '', 1, 1, 'the file ends where a value should be'],
    ['two values', '{}\n{}', 2, 1, 'unexpected "{" after the end of the data'],
  ];
  it.each(cases)('%s', (_name, text, line, column, reason) => {
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
    const found = locateJsonSyntaxError(text);
    expect(found).toMatchObject({ line, column, reason });
    expect(found && lineColumnOf(text, found.offset)).toEqual({ line, column });
  });

  it('finds nothing wrong in any valid JSON, however it is indented', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2, '\t'), (value, indent) => {
        expect(locateJsonSyntaxError(JSON.stringify(value, null, indent))).toBeNull();
      }),
    );
  });

  it('agrees with JSON.parse on cut and spliced texts', () => {
    const text = fc
      .tuple(fc.jsonValue(), fc.nat(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', 'x', '\n'))
      .map(([value, cut, at, insert]) => {
        const s = JSON.stringify(value, null, 1);
        const kept = s.slice(0, cut % (s.length + 1));
        const i = at % (kept.length + 1);
        return kept.slice(0, i) + insert + kept.slice(i);
      });
    fc.assert(
      fc.property(text, (s) => {
        let valid = true;
        try {
          JSON.parse(s);
        } catch {
          valid = false;
        }
        expect(locateJsonSyntaxError(s) === null).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });
});
