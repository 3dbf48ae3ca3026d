// The ISO table against the atlas it joins: every outline with a number has its code, the codes the bundled
// dataset uses name the right countries, and the table reads the same both ways. (It was also checked, once,
// entry by entry against the i18n-iso-countries package: 249 of 249 alike.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALPHA2_OF, NAMED_OUTLINES, NUMERIC_OF } from './countries';

interface Atlas {
  objects: { countries: { geometries: { id?: string; properties: { name: string } }[] } };
}
const atlas = JSON.parse(
  readFileSync(new URL('../../../node_modules/world-atlas/countries-50m.json', import.meta.url), 'utf8'),
) as Atlas;
const outlines = atlas.objects.countries.geometries;

describe('the ISO 3166-1 table', () => {
  it('holds the 249 assigned codes, each once, both ways', () => {
    expect(NUMERIC_OF.size).toBe(249);
    expect(ALPHA2_OF.size).toBe(249);
    for (const [alpha2, numeric] of NUMERIC_OF) {
      expect(alpha2).toMatch(/^[A-Z]{2}$/);
      expect(numeric).toMatch(/^\d{3}$/);
      expect(ALPHA2_OF.get(numeric)).toBe(alpha2);
    }
  });

  it('has a code for every numbered outline of the atlas', () => {
    const missing = outlines.filter((g) => g.id !== undefined && !ALPHA2_OF.has(g.id));
    expect(missing.map((g) => `${g.id} ${g.properties.name}`)).toEqual([]);
  });

  it.each([
    ['AF', 'Afghanistan'],
    ['PK', 'Pakistan'],
    ['QA', 'Qatar'],
    ['TR', 'Turkey'],
    ['SA', 'Saudi Arabia'],
    ['CN', 'China'],
    ['US', 'United States of America'],
    ['IN', 'India'],
    ['RU', 'Russia'],
    ['IR', 'Iran'],
    ['IL', 'Israel'],
  ])('finds %s as %s', (alpha2, name) => {
    expect(outlines.find((g) => g.id === NUMERIC_OF.get(alpha2))?.properties.name).toBe(name);
  });

  it('finds the outlines named instead of numbered', () => {
    for (const name of NAMED_OUTLINES.values())
      expect(outlines.some((g) => g.id === undefined && g.properties.name === name)).toBe(true);
  });
});
