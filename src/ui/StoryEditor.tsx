// Editing a story in the story panel: its title, the step shown (caption, the relations it cites, the view it
// sets), steps added from the current view, moved and deleted. Every edit is kept at once (useStoryReader.save).
import { useMemo, useState } from 'react';
import type { Model } from '../model';
import type { Story } from '../model';
import type { ViewStore } from '../state/store';
import { stepViewOf } from '../state/storyView';
import type { ViewState } from '../state/viewState';
import { citationTitle } from './StoryCitations';
import {
  addStep,
  cite,
  deleteStep,
  moveStep,
  renameStory,
  replaceStory,
  setCaption,
  setView,
  uncite,
} from './storyEdits';
import { edgesByRelation } from '../model';
import type { StoryReader } from './useStoryReader';

/** The title as typed; kept only when it is not empty, since a story needs a title (a cleared field is retyped). */
function TitleField({ title, onTitle }: { title: string; onTitle: (title: string) => void }) {
  const [text, setText] = useState(title);
  return (
    <label className="field">
      Title{' '}
      <input
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          if (e.target.value.trim()) onTitle(e.target.value);
        }}
      />
    </label>
  );
}

export function StoryEditor(props: {
  model: Model;
  state: ViewState & { date: number };
  store: ViewStore;
  reader: StoryReader;
  story: Story;
  step: number;
}) {
  const { model, state, store, reader, story, step } = props;
  const edges = useMemo(() => edgesByRelation(model), [model]);
  const put = (next: Story) => reader.save(replaceStory(reader.stories, next));
  const here = story.steps[step];
  const selected = state.selection?.kind === 'relation' ? state.selection.id : null;

  return (
    <div className="story-editor" aria-label="Edit the story">
      <TitleField key={story.id} title={story.title} onTitle={(title) => put(renameStory(story, title))} />
      {here && (
        <>
          <label className="field">
            Caption of step {step + 1} (Markdown: *emphasis*, **strong**, lists, links shown as text)
            <textarea
              rows={5}
              maxLength={2000}
              value={here.caption}
              onChange={(e) => put(setCaption(story, step, e.target.value))}
            />
          </label>
          <p className="muted">Cited relations:</p>
          {here.citations.length === 0 && <p className="muted">None yet.</p>}
          <ul className="story-cited">
            {here.citations.map((c, i) => (
              <li key={i}>
                {citationTitle(model, edges, c.relation)}
                {c.quote !== undefined && ` (quote ${c.quote + 1})`}{' '}
                <button type="button" className="link" onClick={() => put(uncite(story, step, i))}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            disabled={selected === null}
            title={selected === null ? 'Select a relation on the graph or in the table first' : undefined}
            onClick={() => selected !== null && put(cite(story, step, { relation: selected }))}
          >
            Cite selected relation
          </button>
        </>
      )}
      <div className="story-step-actions">
        <button
          type="button"
          onClick={() => {
            put(addStep(story, step, stepViewOf(state)));
            reader.mark(story.id, story.steps.length === 0 ? 0 : step + 1);
          }}
        >
          Add step from current view
        </button>
        {here && (
          <>
            <button type="button" onClick={() => put(setView(story, step, stepViewOf(state)))}>
              Use current view for this step
            </button>
            <button
              type="button"
              disabled={step === 0}
              onClick={() => {
                const moved = moveStep(story, step, -1);
                put(moved.story);
                reader.mark(story.id, moved.index);
              }}
            >
              Move up
            </button>
            <button
              type="button"
              disabled={step >= story.steps.length - 1}
              onClick={() => {
                const moved = moveStep(story, step, 1);
                put(moved.story);
                reader.mark(story.id, moved.index);
              }}
            >
              Move down
            </button>
            <button
              type="button"
              onClick={() => {
                const next = deleteStep(story, step);
                put(next);
                if (next.steps.length) reader.go(next, Math.min(step, next.steps.length - 1), true);
                else store.update((s) => ({ ...s, story: { id: story.id, step: 0 } }), 'replace');
              }}
            >
              Delete step
            </button>
          </>
        )}
      </div>
    </div>
  );
}
