// The rules of a story that need its dataset: every day is a real day inside the dataset's period, a window does
// not end before it starts, the focus, the selection and the hidden relation types name what the dataset has,
// and every citation names one of its relations (and, when it picks a passage, one that relation has). Each
// problem is located by its JSON path (`stories[0].steps[2].view.date`) and worded for the story's author.
import type { Problem } from '../dataset/problems';
import type { Dataset } from '../dataset/schema';
import { relationTypesOf } from '../dataset/vocabulary';
import { isoDay, parseIsoDay } from '../time/days';
import { parseWhen } from '../time/edtf';
import type { Step, Story } from './schema';

const DAY_MS = 86_400_000;
const dayOf = (ms: number): number => Math.floor(ms / DAY_MS) * DAY_MS;

/** The stretch of time a dataset covers, first and last day inclusive (ms UTC at midnight). */
export interface StoryPeriod {
  readonly first: number;
  readonly last: number;
}

/**
 * The days a story may visit: from the earliest start of a dated relation to the latest finite start or end of
 * one, or the newest source's date when that is later. Null when nothing in the dataset is dated.
 */
export function storyPeriodOf(dataset: Dataset): StoryPeriod | null {
  let first = Infinity;
  let last = -Infinity;
  const widen = (ms: number, isStart: boolean) => {
    if (!Number.isFinite(ms)) return;
    if (isStart) first = Math.min(first, ms);
    last = Math.max(last, ms);
  };
  for (const relation of dataset.relations) {
    try {
      const span = parseWhen(relation.when);
      widen(span.start, true);
      widen(span.end, false);
    } catch {
      // The dataset validator reports an unreadable date; it bounds nothing here.
    }
  }
  for (const source of dataset.sources) {
    try {
      widen(parseWhen(source.published).start, false);
    } catch {
      // As above.
    }
  }
  return Number.isFinite(first) && Number.isFinite(last) ? { first: dayOf(first), last: dayOf(last) } : null;
}

export interface StoryCheckOptions {
  /** Named in every problem. */
  readonly file?: string;
  /** The JSON path of the list of stories (`stories`). */
  readonly path?: string;
}

interface Ctx {
  readonly dataset: Dataset;
  readonly period: StoryPeriod | null;
  readonly actors: ReadonlySet<string>;
  readonly relations: ReadonlyMap<string, number>;
  readonly types: ReadonlySet<string>;
  readonly file: string | undefined;
  readonly problems: Problem[];
}

function report(ctx: Ctx, path: string, message: string): void {
  ctx.problems.push({ ...(ctx.file !== undefined && { file: ctx.file }), path, message, severity: 'error' });
}

function periodText(p: StoryPeriod): string {
  return `${isoDay(p.first) ?? ''} to ${isoDay(p.last) ?? ''}`;
}

function checkDay(ctx: Ctx, text: string, path: string): number | null {
  const day = parseIsoDay(text);
  if (day === null) {
    report(ctx, path, `"${text}" is not a day of the calendar`);
    return null;
  }
  if (ctx.period && (day < ctx.period.first || day > ctx.period.last)) {
    report(ctx, path, `${text} is outside the dataset's period (${periodText(ctx.period)})`);
  }
  return day;
}

function checkSelection(ctx: Ctx, selection: NonNullable<Step['view']['selection']>, path: string): void {
  const { kind, id } = selection;
  if (kind === 'relation') {
    if (!ctx.relations.has(id)) report(ctx, `${path}.id`, `names no relation of the dataset: "${id}"`);
    return;
  }
  const ids = kind === 'pair' ? id.split('~') : [id];
  if (kind === 'pair' && (ids.length !== 2 || ids[0] === ids[1])) {
    report(ctx, `${path}.id`, `"${id}" is not a pair: write two different actor ids joined by "~"`);
    return;
  }
  for (const actor of ids) {
    if (!ctx.actors.has(actor)) report(ctx, `${path}.id`, `names no actor of the dataset: "${actor}"`);
  }
}

function checkStep(ctx: Ctx, step: Step, path: string): void {
  const view = step.view;
  checkDay(ctx, view.date, `${path}.view.date`);
  if (view.window) {
    const from = checkDay(ctx, view.window.from, `${path}.view.window.from`);
    const to = checkDay(ctx, view.window.to, `${path}.view.window.to`);
    if (from !== null && to !== null && to < from) {
      report(
        ctx,
        `${path}.view.window`,
        `ends on ${view.window.to}, before it starts on ${view.window.from}: give "from" the earlier day`,
      );
    }
  } else if (view.mode === 'window') {
    report(ctx, `${path}.view.window`, 'is missing: a step in window mode names its window (from, to)');
  }
  for (const [i, type] of (view.filters?.hiddenTypes ?? []).entries()) {
    if (!ctx.types.has(type)) {
      report(
        ctx,
        `${path}.view.filters.hiddenTypes[${i}]`,
        `names no relation type of the dataset: "${type}"`,
      );
    }
  }
  if (view.focus && !ctx.actors.has(view.focus.id)) {
    report(ctx, `${path}.view.focus.id`, `names no actor of the dataset: "${view.focus.id}"`);
  }
  if (view.selection) checkSelection(ctx, view.selection, `${path}.view.selection`);
  for (const [i, citation] of step.citations.entries()) {
    const quotes = ctx.relations.get(citation.relation);
    if (quotes === undefined) {
      report(
        ctx,
        `${path}.citations[${i}].relation`,
        `names no relation of the dataset: "${citation.relation}"`,
      );
    } else if (citation.quote !== undefined && citation.quote >= quotes) {
      report(
        ctx,
        `${path}.citations[${i}].quote`,
        `relation "${citation.relation}" has ${quotes} quote${quotes === 1 ? '' : 's'} (numbered from 0), not a quote ${citation.quote}`,
      );
    }
  }
}

/** Every problem of the stories against their dataset; an empty list when they can be read with it. */
export function checkStories(
  dataset: Dataset,
  stories: readonly Story[],
  options: StoryCheckOptions = {},
): Problem[] {
  const ctx: Ctx = {
    dataset,
    period: storyPeriodOf(dataset),
    actors: new Set(dataset.actors.map((a) => a.id)),
    relations: new Map(dataset.relations.map((r) => [r.id, r.evidence.length])),
    types: new Set(relationTypesOf(dataset.relationTypes).keys()),
    file: options.file,
    problems: [],
  };
  const base = options.path ?? 'stories';
  const seen = new Set<string>();
  for (const [s, story] of stories.entries()) {
    const path = `${base}[${s}]`;
    if (seen.has(story.id)) report(ctx, `${path}.id`, `"${story.id}" is the id of an earlier story too`);
    seen.add(story.id);
    for (const [i, step] of story.steps.entries()) checkStep(ctx, step, `${path}.steps[${i}]`);
  }
  return ctx.problems;
}
