// An EDTF `when` attribute beside a GEXF element's spells: Faultline's exporter writes the exact EDTF string
// there (`199X/2021-08-15`), the spells hold only its first and last day. Whatever program saved the file last,
// the string is trusted when it covers the same days as the spells (or the element has none), so precision
// survives a round trip through networkx or Gephi; when it disagrees, the spells win and a warning says so.
import { parseWhen } from '../../model';
import { dayRange, intervalOf } from '../export';
import { hullOf } from './record-time';

export type ExactWhen = 'agrees' | 'disagrees' | 'not-edtf';

function days(when: string): string | undefined {
  try {
    const { start, end } = dayRange(intervalOf(parseWhen(when)));
    return `${start ?? '..'}/${end ?? '..'}`;
  } catch {
    return undefined;
  }
}

export function exactWhen(when: string, spells: readonly string[]): ExactWhen {
  const exact = days(when);
  if (exact === undefined) return 'not-edtf';
  if (spells.length === 0) return 'agrees';
  return days(hullOf(spells)) === exact ? 'agrees' : 'disagrees';
}
