// A story's public API: its format (schema.ts), the checks against its dataset (check.ts) and its captions'
// Markdown (markdown.ts). What the state, the UI and the exports import.
export * from './schema';
export { checkStories, storyPeriodOf, type StoryCheckOptions, type StoryPeriod } from './check';
export {
  captionPlainText,
  parseCaption,
  parseInlines,
  type CaptionBlock,
  type CaptionInline,
} from './markdown';
