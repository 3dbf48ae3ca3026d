// Cross-record checks on what a relation claims and rests on: only an alleged relation names who asserts it (a
// reported one, which the sources state as fact, may still name who denies it), and every relation carries
// evidence (an error for curated data; for imports from formats without quotes, a warning that the relation will
// be shown as unsourced).
import { relationRef, report, type CheckContext } from './check-context';

export function checkClaims(ctx: CheckContext): void {
  ctx.dataset.relations.forEach((relation, i) => {
    const base = `relations[${i}]`;
    const ref = relationRef(relation.id);
    if (relation.status !== 'alleged' && relation.assertedBy !== undefined) {
      report(
        ctx,
        `${base}.assertedBy`,
        ref,
        `only an alleged relation names who asserts it; this one is "${relation.status}" (make it "alleged" or drop assertedBy)`,
      );
    }
    if (relation.evidence.length > 0) return;
    if (ctx.requireEvidence) {
      report(
        ctx,
        `${base}.evidence`,
        ref,
        'has no evidence: every relation needs at least one {source, quote}',
      );
    } else {
      report(ctx, `${base}.evidence`, ref, 'has no evidence: it will be shown as unsourced', 'warning');
    }
  });
}
