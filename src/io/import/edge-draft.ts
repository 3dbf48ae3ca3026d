// One edge of a table-like or JSON format (CSV row, GraphML edge, Cytoscape element) made into draft relations:
// its ends checked, its time read from its fields, its type from its type field or label, one relation per spell.
import type { Problem } from '../../model';
import { problemAt, type AttributeBag, type Draft, type DraftRelation, type Place } from './draft';
import { text, type Field, type RelationRole } from './fields';
import { applyLabel, relationDrafts } from './record-draft';
import { spellsFromFields, timeFieldsOf } from './record-time';
import type { TimeContext } from './time';

export interface EdgeInput {
  readonly foreignId: string | undefined;
  readonly source: string | undefined;
  readonly targets: readonly string[] | undefined;
  /** The type name where the format gives it apart from the fields (GEXF `kind`); else the type field. */
  readonly typeName?: string | undefined;
  readonly typeLabel?: string | undefined;
  readonly labelIsType: boolean;
  readonly directed: boolean;
  readonly known: Map<RelationRole, Field>;
  readonly attributes: AttributeBag;
  readonly place: Place;
  readonly values: () => ReadonlyMap<string, string>;
  readonly problems: Problem[];
}

/** The edge's drafts, and whether it gave no time at all. */
export function edgeDrafts(
  draft: Draft,
  e: EdgeInput,
  ctx: TimeContext,
): { drafts: DraftRelation[]; undated: boolean } {
  const { known, problems } = e;
  if (e.source === undefined) problems.push(problemAt(draft, e.place, 'the relation names no source actor'));
  if (e.targets === undefined || e.targets.length === 0) {
    problems.push(problemAt(draft, e.place, 'the relation names no target actor'));
  }
  const time = spellsFromFields(timeFieldsOf(known), ctx);
  if (!time.ok) problems.push(problemAt(draft, time.field.place, time.reason));
  const typeName = applyLabel(
    known,
    e.attributes,
    e.typeName ?? text(known.get('type')) ?? '',
    e.labelIsType,
  );
  const drafts = relationDrafts(
    draft,
    {
      foreignId: e.foreignId,
      source: e.source ?? '',
      targets: e.targets ?? [],
      typeName,
      typeLabel: e.typeLabel,
      directed: e.directed,
      known,
      attributes: e.attributes,
      place: e.place,
      values: e.values,
      spells: time.ok ? time.spells : [],
      fallbackWhen: '../..',
      problems,
    },
    ctx,
  );
  return { drafts, undated: time.ok && time.spells.length === 0 };
}
