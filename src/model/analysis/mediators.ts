// Who mediates in a conflict: an actor that is the source of live mediation edges to two parties (from one
// relation naming both, or from two relations) while the signed network of the same live edges has a negative
// tie between those parties. A mediation between parties that are not at odds in the view (or have no tie) is
// not a finding: the question is who stands between actors in conflict.
import type { EdgeRecord, Model } from '../types';
import { pairKey, recordsOfKeys, signedWeight, type SignOptions } from './edges';
import { signedNetwork, type SignedNetwork } from './signed';

export interface MediatorFinding {
  readonly mediator: string;
  /** The two parties, in id order. */
  readonly parties: readonly [string, string];
  /** Live mediation edge keys from the mediator to either party, sorted. */
  readonly mediation: readonly string[];
  /** Live hostile edge keys between the parties that count in their tie, sorted. */
  readonly conflict: readonly string[];
  /** The parties' net signed tie weight (< 0). */
  readonly weight: number;
}

const compareIds = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** Sorted by mediator, then parties. Alleged mediations count only when alleged relations do (`includeAlleged`). */
export function mediatorsOf(
  model: Model,
  liveKeys: Iterable<string>,
  options: SignOptions = {},
): MediatorFinding[] {
  const keys = [...new Set(liveKeys)];
  return mediatorsIn(model, recordsOfKeys(model, keys), () => signedNetwork(model, keys, options), options);
}

/** mediatorsOf over records already resolved, with the signed network of the same edges (built only if needed). */
export function mediatorsIn(
  model: Model,
  records: readonly EdgeRecord[],
  networkOf: () => SignedNetwork,
  options: SignOptions,
): MediatorFinding[] {
  // Mediator → party → its mediation edges to that party.
  const reach = new Map<string, Map<string, string[]>>();
  for (const edge of records) {
    if (edge.info.tone !== 'mediation' || signedWeight(edge, options) === 0) continue;
    let parties = reach.get(edge.source);
    if (!parties) reach.set(edge.source, (parties = new Map<string, string[]>()));
    const list = parties.get(edge.target);
    if (list) list.push(edge.key);
    else parties.set(edge.target, [edge.key]);
  }
  if (reach.size === 0) return [];

  const network = networkOf();
  const findings: MediatorFinding[] = [];
  for (const [mediator, parties] of reach) {
    const ids = [...parties.keys()].sort(compareIds);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const [p, q] = [ids[i]!, ids[j]!];
        const tie = network.ties.get(pairKey(p, q));
        if (!tie || tie.sign > 0) continue;
        findings.push({
          mediator,
          parties: [p, q],
          mediation: [...parties.get(p)!, ...parties.get(q)!].sort(),
          conflict: tie.edges.filter((k) => model.edgeByKey.get(k)!.info.tone === 'hostile').sort(),
          weight: tie.weight,
        });
      }
    }
  }
  return findings.sort(
    (x, y) =>
      compareIds(x.mediator, y.mediator) ||
      compareIds(x.parties[0], y.parties[0]) ||
      compareIds(x.parties[1], y.parties[1]),
  );
}

/** One sentence saying why an actor is listed, e.g. for a tooltip or a report row. */
export function mediationReason(
  finding: MediatorFinding,
  labelOf: (id: string) => string,
  when: 'date' | 'window',
): string {
  const [p, q] = finding.parties;
  const at = when === 'date' ? 'at this date' : 'in this window';
  return `mediates between ${labelOf(p)} and ${labelOf(q)}, which are in conflict ${at}`;
}
