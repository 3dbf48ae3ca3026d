// Cross-record checks on what a relation rests on and who says so: each passage's claim names whom it should, a
// relation neither begins nor (with a known end) ends after the latest publication of the sources it rests on, an
// alleged relation names who alleges it, and a reported relation rests on at least one passage that is not only
// the word of a side. Errors for curated datasets; warnings for imports (requireEvidence: false), which may come
// from formats that know nothing of publication dates or claimants.
import { EdtfError, parseWhen, type TimeSpan } from '../time/edtf';
import { formatDateLong, formatInstant } from '../time/format';
import { relationRef, report, type CheckContext } from './check-context';
import { targetsOf, type Evidence, type Relation } from './schema';
import { DEFAULT_CLAIM_KIND } from './vocabulary';

function tryParse(edtf: string): TimeSpan | null {
  try {
    return parseWhen(edtf);
  } catch (e) {
    if (e instanceof EdtfError) return null;
    throw e;
  }
}

/** The rules of this file are errors for curated data, warnings for imports. */
function severityOf(ctx: CheckContext): 'error' | 'warning' {
  return ctx.requireEvidence ? 'error' : 'warning';
}

/** The last instant each source's publication date covers ("2026-04" → 30 April 2026, 23:59:59.999). */
function publicationEnds(ctx: CheckContext): Map<string, number> {
  const ends = new Map<string, number>();
  for (const source of ctx.dataset.sources) {
    const span = tryParse(source.published);
    if (span && span.kind === 'date' && Number.isFinite(span.end) && !ends.has(source.id))
      ends.set(source.id, span.end);
  }
  return ends;
}

/** The latest publication among the sources a relation's evidence cites, with one source published then. */
function latestSource(
  relation: Relation,
  ends: ReadonlyMap<string, number>,
): { id: string; end: number } | null {
  let latest: { id: string; end: number } | null = null;
  for (const evidence of relation.evidence) {
    const end = ends.get(evidence.source);
    if (end !== undefined && (!latest || end > latest.end)) latest = { id: evidence.source, end };
  }
  return latest;
}

function checkClaimShape(ctx: CheckContext, evidence: Evidence, path: string, relation: Relation): void {
  const claim = evidence.claim;
  if (!claim) return;
  let problem: string | undefined;
  if (claim.by === 'author' && (claim.actor !== undefined || claim.name !== undefined))
    problem =
      'a claim in the author\'s own voice names no one: drop "actor" and "name", or make it "party" or "report"';
  else if (claim.by === 'party' && claim.actor === undefined && claim.name === undefined)
    problem =
      'a claim by a party must say who: give "actor" (an actor id) or "name" (as the text names them), or both';
  else if (claim.by === 'report' && claim.name === undefined)
    problem = 'a claim from a cited report must name the report: give "name" (for example "UN reporting")';
  if (problem) report(ctx, `${path}.claim`, relationRef(relation.id), problem, severityOf(ctx));
}

function checkPublicationBounds(
  ctx: CheckContext,
  relation: Relation,
  i: number,
  ends: ReadonlyMap<string, number>,
): void {
  const latest = latestSource(relation, ends);
  const span = tryParse(relation.when);
  if (!latest || !span) return;
  const undated = span.start === -Infinity && span.end === Infinity;
  if (undated) return;
  const published = `${formatDateLong(latest.end)}, when the latest of its sources ("${latest.id}") was published`;
  const path = `relations[${i}].when`;
  if (span.start > latest.end) {
    report(
      ctx,
      path,
      relationRef(relation.id),
      `"${relation.when}" begins after ${published}: a relation cannot begin after what its sources could know; date it by what the text says, or cite the later source that reports it`,
      severityOf(ctx),
    );
    return;
  }
  if (Number.isFinite(span.end) && span.end > latest.end) {
    const narrowed = Number.isFinite(span.start)
      ? ` (for example "${formatInstant(span.start)}/${formatInstant(latest.end)}")`
      : '';
    report(
      ctx,
      path,
      relationRef(relation.id),
      `"${relation.when}" runs to ${formatDateLong(span.end)}, after ${published}: a source cannot report what came after it; narrow the date to end by then${narrowed}`,
      severityOf(ctx),
    );
  }
}

/**
 * The top of each actor's partOf chain: an intelligence service and its state are one side, and so are two
 * agencies of one state. A chain that goes round in a circle (reported elsewhere) stops where it repeats.
 */
function rootsOf(ctx: CheckContext): Map<string, string> {
  const roots = new Map<string, string>();
  for (const id of ctx.actors.keys()) {
    const seen = new Set<string>([id]);
    let top = id;
    for (let up = ctx.actors.get(id)?.partOf; up !== undefined && !seen.has(up);) {
      seen.add(up);
      if (ctx.actors.has(up)) top = up;
      up = ctx.actors.get(up)?.partOf;
    }
    roots.set(id, top);
  }
  return roots;
}

/** The side a passage's claim speaks for, when it is one of the relation's parties; undefined otherwise. */
function sideVoice(
  evidence: Evidence,
  sides: ReadonlySet<string>,
  roots: ReadonlyMap<string, string>,
): string | undefined {
  const claim = evidence.claim;
  const by = claim?.by ?? DEFAULT_CLAIM_KIND;
  // A party named only by a free name cannot be matched to an actor: it is taken as not a side.
  if (by === 'author' || claim?.actor === undefined) return undefined;
  return sides.has(roots.get(claim.actor) ?? claim.actor) ? claim.actor : undefined;
}

function shortQuote(quote: string): string {
  return JSON.stringify(quote.length > 60 ? `${quote.slice(0, 59)}…` : quote);
}

function checkStatusSourcing(
  ctx: CheckContext,
  relation: Relation,
  i: number,
  roots: ReadonlyMap<string, string>,
): void {
  const ref = relationRef(relation.id);
  if (relation.status === 'alleged') {
    const named =
      (relation.assertedBy?.length ?? 0) > 0 ||
      relation.evidence.some((e) => (e.claim?.by ?? DEFAULT_CLAIM_KIND) !== 'author');
    if (!named)
      report(
        ctx,
        `relations[${i}].status`,
        ref,
        'an alleged relation must name who alleges it: list the actors in "assertedBy", or say whose claim a passage carries ("claim": {"by": "party", "name": "…"})',
        severityOf(ctx),
      );
    return;
  }
  if (relation.evidence.length === 0) return;
  const sides = new Set([relation.source, ...targetsOf(relation)].map((id) => roots.get(id) ?? id));
  const voices = relation.evidence.map((e) => sideVoice(e, sides, roots));
  if (voices.some((v) => v === undefined)) return;
  const who = [...new Set(voices)].join(', ');
  report(
    ctx,
    `relations[${i}].evidence`,
    ref,
    `every passage is the word of a side of the relation (${who}), as in ${shortQuote(relation.evidence[0]!.quote)}: a reported relation needs at least one passage in the author's own voice or from a party that is not a side; make it "alleged" or cite such a passage`,
    severityOf(ctx),
  );
}

export function checkSourcing(ctx: CheckContext): void {
  const ends = publicationEnds(ctx);
  const roots = rootsOf(ctx);
  ctx.dataset.relations.forEach((relation, i) => {
    relation.evidence.forEach((evidence, k) =>
      checkClaimShape(ctx, evidence, `relations[${i}].evidence[${k}]`, relation),
    );
    checkPublicationBounds(ctx, relation, i, ends);
    checkStatusSourcing(ctx, relation, i, roots);
  });
}
