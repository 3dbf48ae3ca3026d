// The story panel (the right-hand panel's "Story" tab): pick a story, read it step by step (previous / next, or
// the arrow keys while reading), each step's caption with the cited passages and their sources under it; edit it
// (StoryEditor.tsx); save the stories as a story file or open one. The reader (useStoryReader.ts) keeps the place
// in the address and glides the date between steps.
import { useEffect, useState } from 'react';
import type { Model } from '../model';
import type { ExportContext } from '../figure/exportFigure';
import { formatProblem } from '../model';
import type { ViewStore } from '../state/store';
import { stepViewOf } from '../state/storyView';
import type { ViewState } from '../state/viewState';
import { StoryCaption } from './StoryCaption';
import { StoryCitations } from './StoryCitations';
import { StoryEditor } from './StoryEditor';
import { StoryExport } from './StoryExport';
import { StoryFiles } from './StoryFiles';
import { newStory } from './storyEdits';
import type { StoryReader } from './useStoryReader';

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** While a story is read, ← and → turn its pages, before the time bar (which steps the date) sees them. */
function useStoryKeys(active: boolean, previous: () => void, next: () => void): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey || e.shiftKey || typingIn(e.target)) return;
      const act = e.key === 'ArrowLeft' ? previous : e.key === 'ArrowRight' ? next : undefined;
      if (!act) return;
      e.preventDefault();
      e.stopPropagation();
      act();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [active, previous, next]);
}

export function StoryPanel(props: {
  model: Model;
  state: ViewState & { date: number };
  store: ViewStore;
  reader: StoryReader;
  exportContext: ExportContext;
}) {
  const { model, state, store, reader, exportContext } = props;
  const { current, step, stories } = reader;
  const [editing, setEditing] = useState(false);
  const count = current?.steps.length ?? 0;
  const previous = () => current && step > 0 && reader.go(current.id, step - 1);
  const next = () => current && step < count - 1 && reader.go(current.id, step + 1);
  useStoryKeys(current !== null && !editing && count > 0, previous, next);
  const here = current?.steps[step];

  const startStory = () => {
    const story = newStory(stories, stepViewOf(state));
    reader.save([...stories, story]);
    reader.mark(story.id, 0);
    setEditing(true);
  };

  return (
    <section className="details story-panel" aria-labelledby="story-title" data-testid="story-panel">
      <div className="story-pick">
        <label>
          Story{' '}
          <select
            value={current?.id ?? ''}
            onChange={(e) => e.target.value && reader.go(e.target.value, 0)}
            aria-label="Story"
          >
            <option value="">{stories.length ? 'Choose a story…' : 'No stories yet'}</option>
            {stories.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="button" onClick={startStory}>
          New story
        </button>
      </div>
      {reader.storageError && (
        <p className="warning" role="status">
          Stories are not kept in this browser: {reader.storageError}
        </p>
      )}
      {reader.problems.length > 0 && (
        <details className="warning">
          <summary>Kept stories left out ({reader.problems.length} problems)</summary>
          <ul>
            {reader.problems.map((p, i) => (
              <li key={i}>{formatProblem(p)}</li>
            ))}
          </ul>
        </details>
      )}
      {state.story && reader.loaded && !current && (
        <p className="warning">This dataset has no story “{state.story.id}”.</p>
      )}
      {current && (
        <>
          <h2 id="story-title">{current.title}</h2>
          <div className="story-nav">
            <button type="button" onClick={previous} disabled={step === 0} title="Previous step (←)">
              ← Previous
            </button>
            <span data-testid="story-step" aria-live="polite">
              {count ? `Step ${step + 1} of ${count}` : 'No steps yet'}
            </span>
            <button type="button" onClick={next} disabled={step >= count - 1} title="Next step (→)">
              Next →
            </button>
          </div>
          {here && <StoryCaption text={here.caption} />}
          {here && <StoryCitations model={model} citations={here.citations} />}
          <StoryExport key={current.id} context={exportContext} story={current} />
          <p>
            <button type="button" onClick={() => setEditing((e) => !e)} aria-pressed={editing}>
              {editing ? 'Done editing' : 'Edit story'}
            </button>
          </p>
          {editing && (
            <StoryEditor
              model={model}
              state={state}
              store={store}
              reader={reader}
              story={current}
              step={step}
            />
          )}
        </>
      )}
      <StoryFiles model={model} reader={reader} />
    </section>
  );
}
