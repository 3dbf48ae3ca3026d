// Names of actors compared the way people type them: without diacritics and case ("Tehrik-e-Taliban" matches
// "tehrik-e-taliban", "Doha" matches "Dōha"). Used by actor search and by the layout's successor rule.
import type { Actor } from '../model';

/** Lower case, no diacritics, single spaces. */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The label and every alias, folded. */
export function foldedNames(actor: Pick<Actor, 'label' | 'aliases'>): string[] {
  return [actor.label, ...(actor.aliases ?? [])].map(foldText);
}

/** The folded names without a trailing qualifier in brackets: "Afghan Taliban (insurgency)" → "afghan taliban". */
export function coreNames(actor: Pick<Actor, 'label' | 'aliases'>): string[] {
  return [...new Set(foldedNames(actor).map((n) => n.replace(/\s*\([^)]*\)$/, '')))];
}
