// PLOVER records as JSON, on a file written for this project in the shape of the Open Event Data Alliance's
// gold-standard records: each source × target pair an event, documentation records and records without both sides
// left out and counted, a context saying the event did not happen left out, bad records rejected at their path.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, readAnySync } from '../index';

const FILE = 'plover-records.json';
const text = readFileSync(resolve(import.meta.dirname, '__fixtures__', FILE), 'utf8');

describe('PLOVER records (JSON)', () => {
  const result = readAnySync(text, FILE);

  it('is told from other JSON by its records', () => {
    expect(detectFormat(FILE, text)).toBe('json?');
    expect(result.ok ? result.report.format : result.partial?.report.format).toBe('plover-json');
  });

  it('rejects the records that do not read, at their path, and loads the rest', () => {
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const errors = result.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.path, p.message])).toEqual([
      ['[5].date', '"22 March" is not a day (YYYY-MM-DD)'],
      ['[6].target', 'must be a list of actors ({"actorText", "code", "sector"}), or empty'],
    ]);
    const d = result.partial!.dataset;
    const label = new Map(d.actors.map((a) => [a.id, a.label]));
    expect(
      d.relations.map((r) => [label.get(r.source), label.get(r.target as string), r.type, r.when]).sort(),
    ).toEqual([
      // A clash has no direction: the pair is written in the actors' order.
      ['Alphaland', 'Gamma Front', 'agreement', '2021-03-02'],
      ['Alphaland', 'Gamma Front', 'clash', '2021-03-20'],
      ['Betastan', 'Gamma Front', 'agreement', '2021-03-02'],
    ]);
    expect(d.actors.map((a) => [a.label, a.kind]).sort()).toEqual([
      ['Alphaland', 'state'],
      ['Betastan', 'state'],
      ['Gamma Front', 'armed-group'],
    ]);
    const warnings = result.problems.filter((p) => p.severity === 'warning').map((p) => p.message);
    expect(warnings).toEqual(
      expect.arrayContaining([
        '1 record left out: documentation, not an event',
        '1 record left out: no source or no target',
        '1 record left out: the context is "hypothetical" (keep it with keepContexts)',
      ]),
    );
  });

  it('keeps the coded sentence as a summary, never as a quote, with its publication', () => {
    if (result.ok) return expect.fail('the file has bad records');
    const clash = result.partial!.dataset.relations.find((r) => r.type === 'clash')!;
    expect(clash.evidence).toEqual([]);
    expect(clash.attributes).toMatchObject({
      eventIds: 'FIGHT-1',
      'evidence 1 outlet': 'Invented Wire',
      'evidence 1 summary (not a quote)':
        "Gamma Front fighters clashed with Alphaland's army near the border.",
    });
  });

  it('keeps a hypothetical event when asked', () => {
    const kept = readAnySync(text, FILE, { events: { keepContexts: ['hypothetical'] } });
    const d = kept.ok ? kept.dataset : kept.partial!.dataset;
    expect(d.relations.some((r) => r.type === 'attack')).toBe(true);
  });
});
