// Cross-record checks on dates: every `when` and `published` parses as EDTF Faultline understands (an interval
// that ends before it starts is refused by parseWhen itself), a source is published on a date, lasting relations
// hold over an interval, events happen on a date or within a short closed interval, and a warning when a
// relation is dated outside the existence of one of its actors.
import { EdtfError, parseWhen, type TimeSpan } from '../time/edtf';
import { actorRef, relationRef, report, sourceRef, type CheckContext, type RecordRef } from './check-context';
import { targetsOf } from './schema';

const DAY_MS = 86_400_000;
/** The longest an event may last; anything longer is a state of affairs and wants a lasting type. */
export const MAX_EVENT_DAYS = 42;

function spanOf(ctx: CheckContext, edtf: string, path: string, record: RecordRef): TimeSpan | null {
  try {
    return parseWhen(edtf);
  } catch (e) {
    if (!(e instanceof EdtfError)) throw e;
    report(ctx, path, record, e.message);
    return null;
  }
}

/** `../..`: an import that carries no date; it claims no date, so no rule about dates applies. */
function isUndated(span: TimeSpan): boolean {
  return span.kind === 'interval' && span.start === -Infinity && span.end === Infinity;
}

function checkRelationSpan(
  ctx: CheckContext,
  span: TimeSpan,
  type: string,
  path: string,
  record: RecordRef,
): void {
  const info = ctx.types.get(type);
  if (!info || isUndated(span)) return;
  const when = `"${span.edtf}"`;
  if (info.duration === 'lasting') {
    if (span.kind === 'date') {
      report(
        ctx,
        path,
        record,
        `${when} is a single date, but ${type} is a lasting relation: give an interval ("start/end", with ".." for an end that is still open and nothing for an end not known)`,
      );
    }
    return;
  }
  if (span.kind === 'date') return;
  if (!Number.isFinite(span.start) || !Number.isFinite(span.end)) {
    report(
      ctx,
      path,
      record,
      `${when} has an open or unknown end, but ${type} is an event: give a single date or an interval with both ends known`,
    );
    return;
  }
  const days = Math.round((span.end + 1 - span.start) / DAY_MS);
  if (days > MAX_EVENT_DAYS) {
    report(
      ctx,
      path,
      record,
      `${when} spans ${days} days, but ${type} is an event, which lasts at most ${MAX_EVENT_DAYS} days: give the date it happened, or use a lasting type`,
    );
  }
}

export function checkDates(ctx: CheckContext): void {
  const { dataset } = ctx;
  dataset.sources.forEach((source, i) => {
    const path = `sources[${i}].published`;
    const span = spanOf(ctx, source.published, path, sourceRef(source.id));
    if (span?.kind === 'interval') {
      report(
        ctx,
        path,
        sourceRef(source.id),
        `"${source.published}" is an interval; give the one date the source was published`,
      );
    }
  });
  const existence = new Map<string, TimeSpan>();
  dataset.actors.forEach((actor, i) => {
    if (actor.when === undefined) return;
    const span = spanOf(ctx, actor.when, `actors[${i}].when`, actorRef(actor.id));
    if (span && !existence.has(actor.id)) existence.set(actor.id, span);
  });
  dataset.relations.forEach((relation, i) => {
    const path = `relations[${i}].when`;
    const ref = relationRef(relation.id);
    const span = spanOf(ctx, relation.when, path, ref);
    if (!span) return;
    checkRelationSpan(ctx, span, relation.type, path, ref);
    if (isUndated(span)) return;
    for (const id of new Set([relation.source, ...targetsOf(relation)])) {
      const life = existence.get(id);
      if (!life || (span.end >= life.start && span.start <= life.end)) continue;
      report(
        ctx,
        path,
        ref,
        `"${relation.when}" is outside the existence of actor "${id}" (${life.edtf})`,
        'warning',
      );
    }
  });
}
