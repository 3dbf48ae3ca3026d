import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from './schema';
import { relationsFromText, relationsText } from './relation-slices';
import { StringPool } from './share-strings';

// The bundled dataset: claims, grades, several targets, assertions and disputes, inference notes.
const file = new URL('../../../graph-data/af-pak.json', import.meta.url);
const { relations } = JSON.parse(readFileSync(file, 'utf8')) as Dataset;

describe('relation slices between threads', () => {
  it('come back equal to what was sent', () => {
    expect(relationsFromText(relationsText(relations), new StringPool())).toEqual(relations);
  });

  it('come back equal sent a few at a time, with one pool of the vocabulary for all', () => {
    const pool = new StringPool();
    const back = [];
    for (let i = 0; i < relations.length; i += 7) {
      back.push(...relationsFromText(relationsText(relations.slice(i, i + 7)), pool));
    }
    expect(back).toEqual(relations);
    // Every value of a vocabulary field, listed the long way: the pool holds exactly these, once each.
    const vocabulary = new Set(
      relations.flatMap((r) => [
        r.type,
        r.source,
        ...(typeof r.target === 'string' ? [r.target] : r.target),
        r.when,
        r.status,
        ...(r.subtype === undefined ? [] : [r.subtype]),
        ...(r.confidence === undefined ? [] : [r.confidence]),
        ...(r.assertedBy ?? []),
        ...(r.disputedBy ?? []),
        ...r.evidence.flatMap((e) => [
          e.source,
          ...(e.reliability === undefined ? [] : [e.reliability]),
          ...(e.claim ? [e.claim.by, e.claim.actor, e.claim.name].filter((x) => x !== undefined) : []),
        ]),
      ]),
    );
    expect(pool.size).toBe(vocabulary.size);
  });

  it('refuse text that is not JSON with the parser’s own error', () => {
    expect(() => relationsFromText('[{"id": ', new StringPool())).toThrow(SyntaxError);
  });
});
