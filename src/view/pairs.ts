// One readable line per pair of actors and tone: the drawn relations of a view grouped into "pair lines", each
// with what its look needs (how many relations, the strongest intensity, whether every one is alleged, a shared
// direction, how fresh the freshest event is). Pure and keyed by a stable id, so GraphSync can diff pair lines by
// id and update a line in place when its members change. Ended relations (compare mode) group apart, so a line
// that ended never merges with one that is still live.
import type { EdgeRecord, Model } from '../model';
import type { LineStyle, Tone } from '../model';

export interface PairLine {
  /** `pair:<a>~<b>:<tone>` (actors in id order), with `:ended` for the relations that ended (compare mode). */
  readonly id: string;
  /** The pair's selection id, `<a>~<b>`. */
  readonly pair: string;
  readonly tone: Tone;
  /** Drawn from source to target: the shared direction when every member points the same way, else id order. */
  readonly source: string;
  readonly target: string;
  readonly directed: boolean;
  /** Edge keys of the member relations, sorted. */
  readonly members: readonly string[];
  readonly intensity: number;
  /** Dashed only when every member is alleged. */
  readonly alleged: boolean;
  readonly lineStyle: LineStyle;
  /** Fading step of the freshest member (0: fresh, or a lasting relation among the members). */
  readonly age: number;
  /** Every member outside the focus neighbourhood. */
  readonly dimmed: boolean;
  /** Every member an imprecisely dated event. */
  readonly imprecise: boolean;
  readonly ended: boolean;
  /** Some member entered the view since the compared date. */
  readonly added: boolean;
  /** The pair's net stance changed sign since the compared date (cooperation turned hostile, or back). */
  readonly flipped: boolean;
}

export interface PairInputs {
  readonly age: ReadonlyMap<string, number>;
  readonly dimmedEdges: ReadonlySet<string>;
  /** Edges of imprecisely dated events; a line is drawn imprecise when every member is. */
  readonly imprecise?: ReadonlySet<string>;
  /** Compare mode: edges that entered since the earlier date (drawn among the live ones, marked). */
  readonly added?: ReadonlySet<string>;
  /** Compare mode: pairs (`a~b`) whose stance flipped. */
  readonly flipped?: ReadonlySet<string>;
}

/** The id of the pair line of an edge, as `pairLines` names it. */
export function pairLineId(e: EdgeRecord, ended = false): string {
  const [a, b] = e.source < e.target ? [e.source, e.target] : [e.target, e.source];
  return `pair:${a}~${b}:${e.info.tone}${ended ? ':ended' : ''}`;
}

function lineOf(id: string, members: readonly EdgeRecord[], inputs: PairInputs, ended: boolean): PairLine {
  const first = members[0]!;
  const [a, b] = first.source < first.target ? [first.source, first.target] : [first.target, first.source];
  const sameWay = members.every((e) => e.directed && e.source === first.source && e.target === first.target);
  const styles = new Set(members.map((e) => (e.info.duration === 'lasting' ? 'solid' : 'dotted')));
  const alleged = members.every((e) => e.status === 'alleged');
  let intensity = 0;
  let age = Infinity;
  for (const e of members) {
    intensity = Math.max(intensity, e.info.intensity);
    age = Math.min(age, e.info.duration === 'event' ? (inputs.age.get(e.key) ?? 0) : 0);
  }
  return {
    id,
    pair: `${a}~${b}`,
    tone: first.info.tone,
    source: sameWay ? first.source : a,
    target: sameWay ? first.target : b,
    directed: sameWay,
    members: members.map((e) => e.key).sort(),
    intensity,
    alleged,
    lineStyle: alleged ? 'dashed' : styles.size === 1 && styles.has('dotted') ? 'dotted' : 'solid',
    age,
    dimmed: members.every((e) => inputs.dimmedEdges.has(e.key)),
    imprecise: inputs.imprecise !== undefined && members.every((e) => inputs.imprecise!.has(e.key)),
    ended,
    added: !ended && inputs.added !== undefined && members.some((e) => inputs.added!.has(e.key)),
    flipped: !ended && inputs.flipped !== undefined && inputs.flipped.has(`${a}~${b}`),
  };
}

/** Groups drawn edges (and ended ones, in compare mode) into pair lines, by id. Loops stay one line per pair and tone. */
export function pairLines(
  model: Model,
  drawn: Iterable<string>,
  inputs: PairInputs,
  ended: Iterable<string> = [],
): Map<string, PairLine> {
  const groups = new Map<string, { ended: boolean; members: EdgeRecord[] }>();
  const take = (key: string, isEnded: boolean) => {
    const e = model.edgeByKey.get(key)!;
    const id = pairLineId(e, isEnded);
    const group = groups.get(id);
    if (group) group.members.push(e);
    else groups.set(id, { ended: isEnded, members: [e] });
  };
  for (const key of drawn) take(key, false);
  for (const key of ended) take(key, true);
  const out = new Map<string, PairLine>();
  for (const [id, group] of groups) out.set(id, lineOf(id, group.members, inputs, group.ended));
  return out;
}

/** Whether two lines of the same id look the same (the sync only touches a line whose look changed). */
export function sameLook(x: PairLine, y: PairLine): boolean {
  return (
    x.members.length === y.members.length &&
    x.intensity === y.intensity &&
    x.alleged === y.alleged &&
    x.lineStyle === y.lineStyle &&
    x.directed === y.directed &&
    x.source === y.source &&
    x.age === y.age &&
    x.dimmed === y.dimmed &&
    x.imprecise === y.imprecise &&
    x.added === y.added &&
    x.flipped === y.flipped &&
    x.members.every((k, i) => y.members[i] === k)
  );
}
