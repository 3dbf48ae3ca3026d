// Records of a graph file (GEXF, GraphML, Cytoscape JSON) that share a relation id. Edges with one id, source, type
// and time are one relation with several targets (a Faultline export writes one edge per target): their targets and
// passages are joined, and anything else a later edge says differently is reported at that edge, the first edge's
// kept. An edge reusing an id for another source, type or time is an error at its own place: it is left out (the
// rejected rows say where and why), never merged into the first or renamed without a word. As the CSV reader does
// for its rows.
import type { Draft, DraftEvidence, DraftRelation, Place } from './draft';
import { problemAt } from './draft';

/** Where a record is, in words: "line 12", "elements.edges[3]", "line 12 (source)". */
export function placeText(place: Place): string {
  if (place.line !== undefined) return `line ${place.line}`;
  return place.path ?? 'an earlier record';
}

/** One element of the file: a GEXF edge's spells make several drafts at one place. */
const elementOf = (d: DraftRelation) => `${d.place.line ?? ''}:${d.place.column ?? ''}:${d.place.path ?? ''}`;

const passageKey = (e: DraftEvidence) => `${e.source.title}\u0000${e.quote}`;

/** Attributes that name the element itself (its own XML id beside the relation id): they differ by nature. */
const OWN_ID_ATTRIBUTES = new Set(['gexf:id', 'graphml:id']);

/** What a relation says besides its ends, time, type and passages, by field, for telling a conflict. */
function restOf(d: DraftRelation): [string, string][] {
  const attributes = Object.entries(d.attributes).filter(([k]) => !OWN_ID_ATTRIBUTES.has(k));
  return [
    ['summary', d.summary ?? ''],
    ['subtype', d.subtype ?? ''],
    ['status', d.status ?? ''],
    ['assertedBy', (d.assertedBy ?? []).join('|')],
    ['disputedBy', (d.disputedBy ?? []).join('|')],
    ['confidence', d.confidence ?? ''],
    ['directed', String(d.directed)],
    ['attributes', JSON.stringify(attributes.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))],
  ];
}

interface First {
  readonly element: string;
  readonly place: Place;
  /** The first element's drafts by time (one per spell). */
  readonly byWhen: Map<string, DraftRelation>;
  readonly source: string;
  readonly typeName: string;
}

/** Joins, reports or rejects the relations that repeat an id; `draft.relations` keeps the ones that stay. */
export function mergeRepeated(draft: Draft): void {
  const firsts = new Map<string, First>();
  let kept = 0;
  for (const r of draft.relations) {
    const id = r.foreignId;
    const first = id === undefined ? undefined : firsts.get(id);
    if (id === undefined || r.problems.length > 0 || (first && first.element === elementOf(r))) {
      if (first?.element === elementOf(r)) first.byWhen.set(r.when, r);
      draft.relations[kept++] = r;
      continue;
    }
    if (!first) {
      firsts.set(id, {
        element: elementOf(r),
        place: r.place,
        byWhen: new Map([[r.when, r]]),
        source: r.source,
        typeName: r.typeName,
      });
      draft.relations[kept++] = r;
      continue;
    }
    const into = first.byWhen.get(r.when);
    if (!into || first.source !== r.source || first.typeName !== r.typeName || into.problems.length > 0) {
      const differ = [
        ...(first.source !== r.source ? ['source'] : []),
        ...(first.typeName !== r.typeName ? ['type'] : []),
        ...(!into ? ['time'] : []),
      ];
      const what = differ.length > 0 ? `another ${differ.join(', ')}` : 'a relation that was left out';
      r.problems.push({
        ...problemAt(
          draft,
          r.place,
          `the id "${id}" is already used at ${placeText(first.place)} for ${what}; this one is left out`,
        ),
        record: { kind: 'relation', id },
      });
      draft.relations[kept++] = r;
      continue;
    }
    join(draft, into, r, first.place);
  }
  draft.relations.length = kept;
}

/** A later edge of the same relation: its targets and new passages joined, a conflict in the rest reported. */
function join(draft: Draft, into: DraftRelation, more: DraftRelation, firstPlace: Place): void {
  const targets = into.targets as string[];
  const before = targets.length + into.evidence.length;
  for (const t of more.targets) if (!targets.includes(t)) targets.push(t);
  const passages = new Set(into.evidence.map(passageKey));
  for (const e of more.evidence) {
    if (passages.has(passageKey(e))) continue;
    passages.add(passageKey(e));
    into.evidence.push(e);
  }
  const nothingNew = targets.length + into.evidence.length === before;
  const first = new Map(restOf(into));
  const differ = restOf(more).filter(([name, value]) => first.get(name) !== value);
  const at = placeText(firstPlace);
  const warn = (message: string) => {
    if (!draft.cap.admit(message)) return;
    const record = { kind: 'relation' as const, id: more.foreignId! };
    draft.warnings.push({ ...problemAt(draft, more.place, message, 'warning'), record });
  };
  if (differ.length > 0) {
    const fields = differ.map(([n]) => n).join(', ');
    warn(
      `the id "${more.foreignId}" repeats the edge at ${at} with another ${fields}; the one at ${at} is kept`,
    );
  } else if (nothingNew) {
    warn(`the edge repeats the one at ${at} (id "${more.foreignId}") exactly; it is read once`);
  }
}
