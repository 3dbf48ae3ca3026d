// The stories of the open dataset and the place the reader is at: loads the dataset's stories with the ones kept
// in this browser, keeps edits (IndexedDB), opens the step the address names (`?story=<id>&step=3`, also after
// back and forward) and moves between steps with the date gliding (storyGlide.ts). One instance, in the explorer,
// so a story link opens even before the story panel is shown.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Model } from '../model';
import type { Problem } from '../model/dataset/problems';
import type { Story } from '../model/story/schema';
import type { ViewStore } from '../state/store';
import { keptPart, loadStories, saveStories } from '../state/stories';
import { viewOfStep, viewOfStoryStep } from '../state/storyView';
import type { ViewState } from '../state/viewState';
import { GLIDE_MS, glide, prefersReducedMotion } from './storyGlide';

export interface StoryReader {
  readonly loaded: boolean;
  readonly stories: readonly Story[];
  /** Kept stories that no longer fit the dataset, and why. */
  readonly problems: readonly Problem[];
  /** Why the browser would not keep or give back the stories; null when it did. */
  readonly storageError: string | null;
  /** The story the address names, when the dataset has it. */
  readonly current: Story | null;
  /** Its step, 0-based and inside the story. */
  readonly step: number;
  /** Opens step `step` of a story, by id or as just edited (gliding from the view shown unless `jump`). */
  readonly go: (story: string | Story, step: number, jump?: boolean) => void;
  /** Says the reader is at `step` of `storyId` without changing the view (after an edit made it so). */
  readonly mark: (storyId: string, step: number) => void;
  /** Replaces the list of stories and keeps it (the ones the dataset carries unchanged are not stored). */
  readonly save: (stories: readonly Story[]) => void;
}

const placeKey = (s: ViewState['story']) => (s ? `${s.id}#${s.step}` : '');

export function useStoryReader(
  model: Model,
  datasetId: string,
  place: ViewState['story'],
  store: ViewStore,
): StoryReader {
  // What was loaded, for which model: a list loaded for another dataset is not this one's.
  const [found, setFound] = useState<{
    readonly model: Model;
    readonly stories: readonly Story[];
    readonly problems: readonly Problem[];
  } | null>(null);
  const [storageError, setStorageError] = useState<string | null>(null);
  const loaded = found?.model === model;
  const stories = useMemo(() => (found?.model === model ? found.stories : []), [found, model]);
  const problems = found?.model === model ? found.problems : [];

  useEffect(() => {
    let cancelled = false;
    void loadStories(datasetId, model.dataset).then((result) => {
      if (cancelled) return;
      setFound({ model, stories: result.stories, problems: result.problems });
      setStorageError(result.storage ?? null);
    });
    return () => {
      cancelled = true;
    };
  }, [datasetId, model]);

  // The place whose view was applied (or is being glided to), so that only a place that came from elsewhere
  // (the address, back, forward) is applied on arrival.
  const shown = useRef('');
  const stop = useRef<() => void>(() => {});
  useEffect(() => () => stop.current(), []);

  const go = useCallback(
    (which: string | Story, step: number, jump = false) => {
      const story = typeof which === 'string' ? stories.find((s) => s.id === which) : which;
      const target = story?.steps[Math.min(Math.max(step, 0), story.steps.length - 1)];
      if (!story || !target) return;
      const at = story.steps.indexOf(target);
      stop.current();
      shown.current = placeKey({ id: story.id, step: at });
      store.update((s) => ({ ...s, story: { id: story.id, step: at }, side: 'story' }), 'push');
      const date = viewOfStep(store.get(), target.view).date;
      stop.current = glide(
        store,
        { date, finish: (s) => viewOfStoryStep(s, story, at) },
        jump || prefersReducedMotion() ? 0 : GLIDE_MS,
      );
    },
    [stories, store],
  );

  const mark = useCallback(
    (storyId: string, step: number) => {
      stop.current();
      shown.current = placeKey({ id: storyId, step });
      store.update((s) => ({ ...s, story: { id: storyId, step }, side: 'story' }), 'replace');
    },
    [store],
  );

  const key = placeKey(place);
  useEffect(() => {
    if (!loaded || !place || key === shown.current) return;
    const story = stories.find((s) => s.id === place.id);
    if (!story || story.steps.length === 0) {
      // The panel says that the story is missing or empty, once.
      shown.current = key;
      store.update((s) => (s.side === 'story' ? s : { ...s, side: 'story' }), 'replace');
      return;
    }
    stop.current();
    const at = Math.min(place.step, story.steps.length - 1);
    shown.current = placeKey({ id: story.id, step: at });
    store.update((s) => ({ ...viewOfStoryStep(s, story, at), side: 'story' }), 'replace');
  }, [loaded, key, place, stories, store]);

  const save = useCallback(
    (next: readonly Story[]) => {
      setFound((f) => ({ model, stories: next, problems: f?.model === model ? f.problems : [] }));
      saveStories(datasetId, keptPart(model.dataset, next)).then(
        () => setStorageError(null),
        (e: unknown) => setStorageError(e instanceof Error ? e.message : String(e)),
      );
    },
    [datasetId, model],
  );

  const current = useMemo(
    () => (place ? (stories.find((s) => s.id === place.id) ?? null) : null),
    [place, stories],
  );
  const step = current ? Math.min(place?.step ?? 0, Math.max(current.steps.length - 1, 0)) : 0;
  return { loaded, stories, problems, storageError, current, step, go, mark, save };
}
