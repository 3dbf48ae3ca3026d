// The import's edges in the app: the format name given to pasted text, which `?data=` addresses are fetched,
// the refusal of files over the limit before they are read, and downloads that stall, run long or are cancelled.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportCancelled } from '../io/import';
import {
  dataUrl,
  fetchSource,
  ImportFetchError,
  MAX_IMPORT_BYTES,
  pastedSource,
  refuseLarge,
} from './importer';

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
          scope: 'file',
          message: 'the file is 200 MB; Faultline reads files up to 200 MB',
          severity: 'error',
        },
      ],
    });
  });
});

describe('fetchSource', () => {
  // A real HTTP server on a free port: each path answers in its own way.
  let server: Server;
  let base: string;
  const stalled: ServerResponse[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/ok.csv') {
        res.end('Source,Target\nA,B\n');
      } else if (req.url === '/silent.csv') {
        stalled.push(res);
      } else if (req.url === '/stops.csv') {
        res.write('Source,Target\n');
        stalled.push(res);
      } else if (req.url === '/endless.csv') {
        // No Content-Length: chunked, more than the test's limit of 1,000 bytes.
        for (let i = 0; i < 100; i++) res.write('Source,Target\nA,B\n');
        res.end();
      } else {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const res of stalled) res.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  it('reads the body and names the file from the path', async () => {
    const got = await fetchSource(new URL(`${base}/ok.csv`));
    expect('input' in got && got.fileName).toBe('ok.csv');
    expect('input' in got && new TextDecoder().decode(got.input as ArrayBuffer)).toBe('Source,Target\nA,B\n');
  });

  it('refuses a body of undeclared size as soon as it passes the limit', async () => {
    const got = await fetchSource(new URL(`${base}/endless.csv`), { maxBytes: 1000 });
    expect(got).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          severity: 'error',
          file: 'endless.csv',
          message: expect.stringMatching(/did not say the file's size and it ran past 1000 bytes/) as unknown,
        }),
      ],
    });
  });

  it.each([
    ['a server that never answers', '/silent.csv'],
    ['a server that stops halfway', '/stops.csv'],
  ])('gives up on %s after the idle time, saying how to allow longer', async (_, path) => {
    const got = fetchSource(new URL(`${base}${path}`), { idleTimeoutMs: 200 });
    await expect(got).rejects.toThrow(ImportFetchError);
    await expect(got).rejects.toThrow(
      /sent nothing for 0.2 s; try again later, or allow longer with datatimeout=/,
    );
  });

  it('stops when cancelled and says so as a cancellation', async () => {
    const control = new AbortController();
    const got = fetchSource(new URL(`${base}/silent.csv`), { signal: control.signal });
    setTimeout(() => control.abort(), 50);
    await expect(got).rejects.toBeInstanceOf(ImportCancelled);
  });

  it('says the HTTP status of a refusal', async () => {
    await expect(fetchSource(new URL(`${base}/missing.csv`))).rejects.toThrow(/answered HTTP 404/);
  });
});
