// For the tests that keep a docs/ page's table true to the code: the first Markdown table after a heading, read
// as rows keyed by the header's cells, backticks around a cell removed.
import { expect } from 'vitest';

export function tableAfter(doc: string, page: string, heading: string): Record<string, string>[] {
  const lines = doc.split('\n');
  const start = lines.indexOf(heading);
  expect(start, `heading "${heading}" in ${page}`).toBeGreaterThanOrEqual(0);
  const first = lines.findIndex((line, i) => i > start && line.startsWith('|'));
  const table: string[] = [];
  for (let i = first; i < lines.length && lines[i]?.startsWith('|'); i++) table.push(lines[i] ?? '');
  const cells = (line: string): string[] =>
    line
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim().replace(/^`(.*)`$/, '$1'));
  const [header = '', , ...rows] = table;
  const names = cells(header);
  return rows.map((row) => Object.fromEntries(cells(row).map((c, i) => [names[i] ?? '', c])));
}
