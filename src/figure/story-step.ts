// The words of one story step around its figure: "Step 2 of 3", the caption as plain text, and the passages it
// cites, each with the source line a reader can look up. A citation of a relation is resolved to the dataset's
// own evidence (verbatim quotes, never retyped); a citation or a focus naming what the dataset lacks is refused
// with the step and the field it is. Pure.
import type { Model } from '../model';
import type { StoryCitation } from '../io/export';
import type { BelowBlock } from './compose';
import { sourceLine } from './describe';
import { captionPlainText } from '../model';

/** A cited passage as shown: the quote verbatim and the source it comes from. */
export interface CitedPassage {
  readonly quote: string;
  readonly source: string;
}

/** A step names a relation, a passage or an actor the dataset does not have. */
export class StoryStepError extends Error {
  override readonly name = 'StoryStepError';
}

export function resolveCitations(
  model: Model,
  citations: readonly StoryCitation[],
  step: number,
): CitedPassage[] {
  const sources = new Map(model.dataset.sources.map((s) => [s.id, s]));
  return citations.flatMap((c, i): CitedPassage[] => {
    if (!('relation' in c)) return [{ quote: c.quote, source: c.source }];
    const where = `steps[${step}].citations[${i}]`;
    const relation = model.dataset.relations.find((r) => r.id === c.relation);
    if (!relation)
      throw new StoryStepError(`${where}.relation: names no relation of the dataset: "${c.relation}"`);
    const evidence = c.quote === undefined ? relation.evidence : [relation.evidence[c.quote]];
    return evidence.map((e) => {
      if (!e) {
        throw new StoryStepError(
          `${where}.quote: relation "${relation.id}" has ${relation.evidence.length} quote(s), numbered from 0, not a quote ${c.quote}`,
        );
      }
      const source = sources.get(e.source);
      return { quote: e.quote, source: source ? sourceLine(source) : e.source };
    });
  });
}

/**
 * A caption's paragraphs and list items as plain text, one string each, read by the story's own Markdown reader:
 * its markers dropped, anything else (HTML included) kept as the characters it is, for the writers to escape.
 */
export function captionParagraphs(markdown: string): string[] {
  return captionPlainText(markdown)
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean);
}

/** A step's focus names an actor the dataset lacks (the view would have nothing to centre on). */
export function checkStepFocus(model: Model, focus: { readonly id: string } | null, step: number): void {
  if (focus && !model.actors.has(focus.id))
    throw new StoryStepError(`steps[${step}].state.focus.id: names no actor of the dataset: "${focus.id}"`);
}

export const stepLabel = (index: number, total: number) => `Step ${index + 1} of ${total}`;

/** The text under a step's figure: its number and caption, and (for a page) the passages it cites. */
export function stepBelow(
  index: number,
  total: number,
  caption: string,
  cited: readonly CitedPassage[] | null,
): BelowBlock[] {
  const blocks: BelowBlock[] = [
    { paragraphs: [stepLabel(index, total)], size: 14, bold: true },
    { paragraphs: captionParagraphs(caption), size: 14 },
  ];
  if (cited && cited.length > 0) {
    blocks.push({ paragraphs: ['Cited'], size: 11, bold: true, muted: true });
    blocks.push({ paragraphs: cited.map((c) => `“${c.quote}” — ${c.source}`), size: 11, muted: true });
  }
  return blocks;
}
