// The import's edges in the app: the format name given to pasted text, which `?data=` addresses are fetched,
// and the refusal of files over the limit before they are read.
import { describe, expect, it } from 'vitest';
import { dataUrl, ImportFetchError, MAX_IMPORT_BYTES, pastedSource, refuseLarge } from './importer';

describe('pastedSource', () => {
  it.each([
    ['<?xml version="1.0"?><gexf/>', 'pasted.xml'],
    ['  {"format": "faultline-dataset/1"}', 'pasted.json'],
    ['[{"data": {"id": "a"}}]', 'pasted.json'],
    ['Source,Target\nA,B\n', 'pasted.csv'],
  ])('names %j %s', (text, name) => {
    expect(pastedSource(text)).toEqual({ fileName: name, input: text });
  });
});

describe('dataUrl', () => {
  const base = 'https://faultline.example/app/?data=x';
  it.each([
    ['/fixtures/a.csv', 'https://faultline.example/fixtures/a.csv'],
    ['b.gexf', 'https://faultline.example/app/b.gexf'],
    ['http://other.example/c.json', 'http://other.example/c.json'],
  ])('fetches %s as %s', (raw, href) => {
    expect(dataUrl(raw, base).href).toBe(href);
  });

  it.each(['javascript:alert(1)', 'data:text/csv,a,b', 'file:///etc/passwd'])('refuses %s', (raw) => {
    expect(() => dataUrl(raw, base)).toThrow(ImportFetchError);
    expect(() => dataUrl(raw, base)).toThrow(/only http\(s\) addresses are imported/);
  });
});

describe('refuseLarge', () => {
  it('lets a file of exactly the limit through and refuses one byte more, naming the file', () => {
    expect(refuseLarge(MAX_IMPORT_BYTES, 'big.csv')).toBeUndefined();
    const refused = refuseLarge(MAX_IMPORT_BYTES + 1, 'big.csv');
    expect(refused).toEqual({
      ok: false,
      problems: [
        {
          file: 'big.csv',
          message: 'the file is 200 MB; Faultline reads files up to 200 MB',
          severity: 'error',
        },
      ],
    });
  });
});
