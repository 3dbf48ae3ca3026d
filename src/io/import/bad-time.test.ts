// Time values that are valid bounds alone but not as a span (a season opening an interval), or not valid at all,
// in every place a foreign file gives time: each is a located problem on its record, never an exception. These
// inputs once threw EdtfError out of the readers (GEXF node spells, undated bounds of edges).
import { describe, expect, it } from 'vitest';
import { readAnySync } from './index';
import { spanToEdtf, TimeValueError } from './time';

const BAD = ['2026-21', '202X/', 'Y20260', '2026-13', '2026-02-30'];

function gexfWith(value: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">
    <nodes>
      <node id="a" label="A"><spells><spell start="${value}" end="2026-22"/><spell start="2020-01-01" end="2020-02-01"/></spells></node>
      <node id="b" label="B"/>
    </nodes>
    <edges>
      <edge id="f" source="b" target="a" start="${value}"/>
      <edge id="g" source="b" target="a" end="${value}"/>
    </edges>
  </graph>
</gexf>`;
}

function graphmlWith(value: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="s" for="edge" attr.name="start" attr.type="string"/>
  <key id="e" for="edge" attr.name="end" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="a"/><node id="b"/>
    <edge id="f" source="a" target="b"><data key="s">${value}</data></edge>
    <edge id="g" source="a" target="b"><data key="s">2020-01-01</data><data key="e">${value}</data></edge>
  </graph>
</graphml>`;
}

const csvWith = (value: string) =>
  `Source,Target,Type,Start,End\nA,B,alliance,${value},\nA,B,clash,,${value}\n`;

describe('a bad time is a located problem, in every reader', () => {
  it.each(
    BAD.flatMap((value) => [
      ['a.gexf', value, gexfWith(value)],
      ['a.graphml', value, graphmlWith(value)],
      ['a.csv', value, csvWith(value)],
    ]),
  )('%s with %s', (file, value, text) => {
    const result = readAnySync(text, file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const timeProblems = result.problems.filter((p) => p.message.includes(value.replace('/', '')));
    expect(timeProblems.length).toBeGreaterThan(0);
    for (const p of timeProblems) {
      expect(p.file).toBe(file);
      expect(p.line).toBeGreaterThan(0);
      expect(p.message).toMatch(/is not a time Faultline can read/);
    }
  });
});

describe('spanToEdtf', () => {
  it.each([
    ['2026-21', null, /as the span 2026-21\/\.\./],
    [null, '2026-21', /as the span \.\.\/2026-21/],
    ['2026-21', '2026-22', /as the span 2026-21\/2026-22/],
    ['2021', '2020', /the span ends before it starts/],
  ])('refuses %s – %s with its reason', (start, end, reason) => {
    expect(() => spanToEdtf(start, end, 'raw')).toThrow(TimeValueError);
    expect(() => spanToEdtf(start, end, 'raw')).toThrow(reason);
  });

  it.each([
    ['2020', '2021', '2020/2021'],
    ['2020-05', null, '2020-05/..'],
    [null, null, '../..'],
    ['2020-05-01', '2020-05-01', '2020-05-01'],
  ])('writes %s – %s as %s', (start, end, when) => {
    expect(spanToEdtf(start, end, 'raw')).toBe(when);
  });
});
