// CSV cells: RFC 4180 quoting, and formula injection made inert for spreadsheets.
import { describe, expect, it } from 'vitest';
import { BOM, csvCell, csvTable } from './csv-text';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded ', '" padded "'],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+44 20', "'+44 20"],
    ['-Strike at night', "'-Strike at night"],
    ['@Alpha', "'@Alpha"],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['-3', '-3'],
    ['+2.5e3', '+2.5e3'],
    [42, '42'],
    [true, 'true'],
    [undefined, ''],
    [null, ''],
  ])('writes %j as %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('csvTable', () => {
  it('starts with a BOM and ends every row with CRLF', () => {
    expect(csvTable(['A', 'B'], [['1', 'x,y']])).toBe(`${BOM}A,B\r\n1,"x,y"\r\n`);
  });
});
