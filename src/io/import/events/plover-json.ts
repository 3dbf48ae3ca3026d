// PLOVER's event records as JSON, as the Open Event Data Alliance publishes its gold-standard records: a list of
// objects with an `id`, a `date`, `source` and `target` lists of actors (`actorText`, `code`, `sector`), the
// PLOVER `event` category, its `mode` and `context`, and the `text` the event was coded from. Each source × target
// pair is one event, its actors named as the sentence names them (`actorText`; the code only where there is no
// text, since a code can name a whole class such as "IGO"). Documentation records (`DOCUMENT`) and records without both sides are left out and
// counted; contexts saying the event did not happen as told are left out as in POLECAT; a record that does not read
// is rejected at its path, the rest loaded.
import { z } from 'zod';
import type { Draft, DraftRelation } from '../draft';
import type { EventRecord } from '../../../model';
import type { ActorKind } from '../../../model';
import type { ReaderFormat, ReadOptions } from '../reader-format';
import { failed, type ImportResult } from '../result';
import { readJsonText } from '../json-text';
import { EXCLUDED_CONTEXTS } from './polecat';
import { foldEvents, newEventDraft, rejectedRecord } from './read-events';
import { readDay } from './values';

const actorSchema = z.looseObject({
  actorText: z.string().optional(),
  code: z.string().optional(),
  sector: z.string().optional(),
});

const SIDE = 'must be a list of actors ({"actorText", "code", "sector"}), or empty';

const recordSchema = z.looseObject({
  id: z.string().min(1, { message: 'must not be empty' }),
  date: z.string().optional(),
  event: z.string().min(1, { message: 'must not be empty' }),
  mode: z.string().optional(),
  context: z.string().optional(),
  // The published records write a missing side as "" or null as well as leaving it out.
  source: z.union([z.array(actorSchema), z.literal(''), z.null()], { message: SIDE }).optional(),
  target: z.union([z.array(actorSchema), z.literal(''), z.null()], { message: SIDE }).optional(),
  text: z.string().optional(),
  publication: z.string().optional(),
});

type PloverActor = z.infer<typeof actorSchema>;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A list holding at least one object with a PLOVER `event` and a `source` or `target` list. */
function claims(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.some(
      (r) =>
        isRecord(r) && typeof r.event === 'string' && (Array.isArray(r.source) || Array.isArray(r.target)),
    )
  );
}

/** CAMEO's sector codes that say what kind of actor it is; others leave the kind to the default. */
const SECTOR_KINDS: Readonly<Record<string, ActorKind>> = {
  GOV: 'state',
  MIL: 'state-agency',
  COP: 'state-agency',
  JUD: 'state-agency',
  REB: 'armed-group',
  INS: 'armed-group',
  IGO: 'organisation',
  NGO: 'organisation',
};

/** The actor as the sentence names it; its code where it has no text (a code can be a whole class, "IGO"). */
function nameOf(a: PloverActor): string | undefined {
  const name = (a.actorText ?? '').trim() || (a.code ?? '').trim();
  return name === '' ? undefined : name;
}

/** One side's actors with their names; an empty side ("", null, missing) has none. */
function sideOf(
  side: readonly PloverActor[] | '' | null | undefined,
): { name: string; actor: PloverActor }[] {
  const list: readonly PloverActor[] = typeof side === 'object' && side !== null ? side : [];
  return list.flatMap((actor) => {
    const name = nameOf(actor);
    return name === undefined ? [] : [{ name, actor }];
  });
}

function rejected(draft: Draft, path: string, message: string): DraftRelation {
  return rejectedRecord(draft, { path }, () => new Map([['path', path]]), message);
}

export function readPloverJson(value: unknown, options: ReadOptions): ImportResult {
  const draft = newEventDraft('plover-json', 'PLOVER', options.fileName);
  const records = Array.isArray(value) ? (value as unknown[]) : [];
  const events: EventRecord[] = [];
  const skipped = new Map<string, number>();
  const kinds = new Map<string, ActorKind>();
  const skip = (reason: string) => skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
  const keep = new Set((options.events?.keepContexts ?? []).map((c) => c.toLowerCase()));
  for (const [i, raw] of records.entries()) {
    const parsed = recordSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const at = [i, ...(issue?.path ?? [])].map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`));
      draft.relations.push(rejected(draft, at.join(''), issue?.message ?? 'is not a PLOVER record'));
      continue;
    }
    const r = parsed.data;
    if (r.event.toUpperCase() === 'DOCUMENT') {
      skip('documentation, not an event');
      continue;
    }
    const sources = sideOf(r.source);
    const targets = sideOf(r.target);
    if (sources.length === 0 || targets.length === 0) {
      skip('no source or no target');
      continue;
    }
    const contexts = (r.context ?? '')
      .toLowerCase()
      .split(/[,;]/)
      .map((c) => c.trim());
    const excluded = EXCLUDED_CONTEXTS.find((c) => contexts.includes(c) && !keep.has(c));
    if (excluded) {
      skip(`the context is "${excluded}" (keep it with keepContexts)`);
      continue;
    }
    const date = readDay(r.date ?? '');
    if (!date) {
      draft.relations.push(rejected(draft, `[${i}].date`, `"${r.date ?? ''}" is not a day (YYYY-MM-DD)`));
      continue;
    }
    if (!/^[A-Za-z]+$/.test(r.event)) {
      draft.relations.push(rejected(draft, `[${i}].event`, `"${r.event}" is not a PLOVER event category`));
      continue;
    }
    const evidence = [
      {
        ...(r.publication ? { outlet: r.publication } : {}),
        ...(r.text ? { summary: r.text } : {}),
      },
    ].filter((e) => Object.keys(e).length > 0);
    let k = 0;
    for (const { name: source, actor: s } of sources) {
      for (const { name: target, actor: t } of targets) {
        for (const { name, actor } of [
          { name: source, actor: s },
          { name: target, actor: t },
        ]) {
          const kind = SECTOR_KINDS[(actor.sector ?? '').toUpperCase()];
          if (kind && !kinds.has(name)) kinds.set(name, kind);
        }
        k++;
        events.push({
          id: sources.length * targets.length > 1 ? `${r.id}#${k}` : r.id,
          source,
          target,
          date,
          precision: 'day',
          scheme: 'plover',
          code: r.event.toUpperCase(),
          directed: true,
          evidence,
        });
      }
    }
  }
  return foldEvents(draft, 'PLOVER', { events, skipped, kinds, unit: 'record' }, options);
}

export const ploverJsonReader: ReaderFormat = {
  id: 'plover-json',
  label: 'PLOVER records (JSON)',
  extensions: ['json'],
  mediaType: 'application/json',
  sniff: {
    kind: 'json',
    claims,
    lacks: 'PLOVER records (a list of objects with "event" and "source" or "target")',
    readValue: readPloverJson,
  },
  read: (text, options) => {
    const read = readJsonText(text, options.fileName, options.byteOffset);
    return read.ok ? readPloverJson(read.value, options) : failed(read.problems);
  },
};
