// Time in GEXF 1.1–1.3: the graph's `mode` (static / dynamic / slice), `timeformat` (integer, double, date,
// dateTime) with 1.3's `timezone`, `timerepresentation` (interval / timestamp), and the spans of one element:
// `start`/`end`, 1.2's `startopen`/`endopen` (read as their bound: EDTF has no exclusive ends), `timestamp`,
// 1.3's `timestamps`/`intervals` lists, and <spells>, <slices> (1.1) or <timestamps> children.
import { childrenNamed, type XmlElement } from '../xml';
import { attr } from './xml-values';
import { numberScaleOf, type TimeContext } from './time';
import { parseTimeset, spellWhen, type Spell } from './timeset';

export interface GexfTime {
  readonly mode: 'static' | 'dynamic' | 'slice';
  readonly ctx: TimeContext;
}

const FORMATS: Readonly<Record<string, TimeContext['format']>> = {
  integer: 'number',
  // networkx writes `long` for integer times; not in the GEXF schema, but what it means is plain.
  long: 'number',
  double: 'number',
  float: 'number',
  date: 'date',
  datetime: 'dateTime',
};

const TIME_ATTRIBUTES = ['start', 'end', 'startopen', 'endopen', 'timestamp'];

/** The time settings of a <graph>, or the sentence saying what is wrong with them. */
export function gexfTimeOf(graph: XmlElement): GexfTime | string {
  const modeRaw = (attr(graph, 'mode') ?? 'static').toLowerCase();
  if (modeRaw !== 'static' && modeRaw !== 'dynamic' && modeRaw !== 'slice') {
    return `mode="${modeRaw}" is not a GEXF mode (static, dynamic or slice)`;
  }
  const formatRaw = (attr(graph, 'timeformat') ?? 'double').toLowerCase();
  const format = FORMATS[formatRaw];
  if (!format)
    return `timeformat="${formatRaw}" is not a GEXF time format (integer, long, double, date or dateTime)`;
  const timezone = attr(graph, 'timezone');
  return {
    mode: modeRaw,
    ctx: { format, scale: numberScaleOf(timeValuesUnder(graph)), ...(timezone ? { timezone } : {}) },
  };
}

/** Raw spells of an element: its own time attributes, list attributes and spell-like children. */
export function rawSpells(el: XmlElement): Spell[] {
  const spells: Spell[] = [];
  const fromAttributes = (e: XmlElement) => {
    const stamp = attr(e, 'timestamp');
    if (stamp !== undefined) {
      spells.push({ start: stamp, end: stamp, timestamp: true });
      return;
    }
    const start = attr(e, 'start') ?? attr(e, 'startopen') ?? null;
    const end = attr(e, 'end') ?? attr(e, 'endopen') ?? null;
    if (start !== null || end !== null) spells.push({ start, end, timestamp: false });
  };
  fromAttributes(el);
  for (const list of ['intervals', 'timestamps']) {
    const v = attr(el, list);
    if (v === undefined) continue;
    const items = /^\s*[<[(]/.test(v) ? parseTimeset(v) : parseTimeset(`<${v.split(/[\s,;]+/).join(';')}>`);
    spells.push(...items);
  }
  for (const group of ['spells', 'slices', 'timestamps']) {
    for (const g of childrenNamed(el, group)) for (const s of g.children) fromAttributes(s);
  }
  return spells;
}

/** The EDTF spans of an element. Throws TimeValueError on a value it cannot read. */
export function spellsOf(el: XmlElement, time: GexfTime): string[] {
  return rawSpells(el).map((s) => spellWhen(s, time.ctx));
}

/** Every raw time value in the graph, for deciding how its numbers are read. */
function* timeValuesUnder(graph: XmlElement): Generator<string> {
  const stack = [graph];
  for (let el = stack.pop(); el; el = stack.pop()) {
    for (const name of TIME_ATTRIBUTES) {
      const v = attr(el, name);
      if (v !== undefined) yield v;
    }
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
}
