// The edits the story panel makes, as pure functions from a list of stories to the next one: a new story, a
// rename, a step added from the view or taken anew, a caption, a citation added or removed, a step moved or
// deleted. Each returns new objects, so React sees the change and IndexedDB keeps the whole list.
import type { Citation, Step, StepView, Story } from '../model/story/schema';

export function replaceStory(stories: readonly Story[], story: Story): Story[] {
  return stories.map((s) => (s.id === story.id ? story : s));
}

/** An id not used by another story: `story`, `story-2`, … */
export function freshStoryId(stories: readonly Story[], base = 'story'): string {
  const ids = new Set(stories.map((s) => s.id));
  if (!ids.has(base)) return base;
  let n = 2;
  while (ids.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

export function newStory(stories: readonly Story[], view: StepView): Story {
  const id = freshStoryId(stories);
  return { id, title: 'New story', steps: [{ view, caption: '', citations: [] }] };
}

export function renameStory(story: Story, title: string): Story {
  return { ...story, title };
}

function withSteps(story: Story, steps: Step[]): Story {
  return { ...story, steps };
}

/** A step showing `view`, inserted after step `after` (at the end when `after` is the last or beyond). */
export function addStep(story: Story, after: number, view: StepView): Story {
  const steps = [...story.steps];
  steps.splice(Math.min(after + 1, steps.length), 0, { view, caption: '', citations: [] });
  return withSteps(story, steps);
}

export function updateStep(story: Story, index: number, change: (step: Step) => Step): Story {
  return withSteps(
    story,
    story.steps.map((s, i) => (i === index ? change(s) : s)),
  );
}

export function setCaption(story: Story, index: number, caption: string): Story {
  return updateStep(story, index, (s) => ({ ...s, caption }));
}

export function setView(story: Story, index: number, view: StepView): Story {
  return updateStep(story, index, (s) => ({ ...s, view }));
}

/** Cites a relation (all its passages, or one); citing what is cited already changes nothing. */
export function cite(story: Story, index: number, citation: Citation): Story {
  return updateStep(story, index, (s) =>
    s.citations.some((c) => c.relation === citation.relation && c.quote === citation.quote)
      ? s
      : { ...s, citations: [...s.citations, citation] },
  );
}

export function uncite(story: Story, index: number, citationIndex: number): Story {
  return updateStep(story, index, (s) => ({
    ...s,
    citations: s.citations.filter((_, i) => i !== citationIndex),
  }));
}

/** Moves step `index` by `by` places (-1 up, +1 down); returns the story and where the step now is. */
export function moveStep(story: Story, index: number, by: -1 | 1): { story: Story; index: number } {
  const to = index + by;
  if (to < 0 || to >= story.steps.length) return { story, index };
  const steps = [...story.steps];
  const [step] = steps.splice(index, 1);
  steps.splice(to, 0, step!);
  return { story: withSteps(story, steps), index: to };
}

export function deleteStep(story: Story, index: number): Story {
  return withSteps(
    story,
    story.steps.filter((_, i) => i !== index),
  );
}
