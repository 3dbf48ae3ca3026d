// The story file from the story panel: "Save story file" writes the dataset's stories (`<dataset>.story.json`,
// docs/story.md); "Open story file" reads one written for the open dataset, checks it against the dataset and
// adds its stories (replacing those of the same id), each problem shown with its place.
import { useRef, useState } from 'react';
import type { Model } from '../model';
import { formatProblem } from '../model/dataset/problems';
import { parseStoryFile, storyFileName, writeStoryFile } from '../io/story/story-file';
import { download } from './download';
import type { StoryReader } from './useStoryReader';

export function StoryFiles({ model, reader }: { model: Model; reader: StoryReader }) {
  const input = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const datasetId = model.dataset.id;

  const open = async (file: File) => {
    const result = parseStoryFile(await file.text(), model.dataset, file.name);
    if (!result.ok) {
      setProblems(result.problems.map(formatProblem));
      return;
    }
    setProblems([]);
    const incoming = result.value.stories;
    const ids = new Set(incoming.map((s) => s.id));
    reader.save([...reader.stories.filter((s) => !ids.has(s.id)), ...incoming]);
    const first = incoming[0];
    if (first) reader.go(first, 0, true);
  };

  return (
    <div className="story-files">
      <button
        type="button"
        disabled={reader.stories.length === 0}
        onClick={() =>
          download({
            fileName: storyFileName(datasetId),
            mime: 'application/json',
            bytes: new TextEncoder().encode(writeStoryFile(datasetId, reader.stories)),
          })
        }
      >
        Save story file
      </button>{' '}
      <button type="button" onClick={() => input.current?.click()}>
        Open story file
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="story-file"
        aria-label="Open a story file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void open(file);
        }}
      />
      {problems.length > 0 && (
        <ul className="warning" role="alert" aria-label="Problems in the story file">
          {problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
