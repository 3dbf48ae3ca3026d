// The data exports in one place: the registry of writers (formats.ts), which the UI's menu and the command line
// list, and `writeAny`, which writes a dataset, or the part behind the current view, in any of them.
import type { Dataset } from '../../model';
import { writerOf, type ExportFormatId } from './formats';
import type { ExportFile, WriteOptions } from './writer-format';

export type { ExportOptions } from './selection';
export { EDGE_MODES, EDGES_OPTION, type EdgeMode } from './direction';
export { CSV_TABLES, type CsvTable } from './csv';
export {
  EXPORT_OUTPUTS,
  WRITERS,
  WRITERS as EXPORT_FORMATS,
  isExportFormat,
  type ExportFormatId,
} from './formats';
export {
  WriterOptionError,
  type ExportFile,
  type WriteOptions,
  type WriterFormat,
  type WriterOption,
} from './writer-format';

/** Throws DatasetError when the dataset cannot be modelled (a date that does not parse, a dangling reference). */
export function writeAny(dataset: Dataset, format: ExportFormatId, options: WriteOptions = {}): ExportFile {
  return writerOf(format).write(dataset, options, options.fileStem ?? dataset.id);
}
export { csvTable, unguardedCell } from './csv-text';
export {
  ANIMATION_FORMATS,
  FIGURE_PARTS,
  IMAGE_FORMATS,
  animationRequestSchema,
  imageRequestSchema,
  MAX_FRAMES,
  IMAGE_EXTENSION,
  IMAGE_MIME,
  MIN_WIDTH_PX,
  STEPS,
  BACKGROUNDS,
  MAX_SCALE,
  MAX_WIDTH_PX,
  type AnimationFormat,
  type FigureExporter,
  type ImageFormat,
  type Step,
  type Background,
  type FigureParts,
  type AnimationRequestInput,
  type ImageRequestInput,
  type FigurePart,
  type ExportedFile,
} from './figure-request';
export { PER_PASSAGE_FIELDS } from './fields';
export { dayRange, intervalOf } from './time';
export { jsonWithId, writeJson } from './json';
export {
  ALL_PARTS,
  STORY_MIME,
  STORY_VIDEO_FPS,
  storyRequestSchema,
  STORY_FORMATS,
  type StepState,
  type StoryRequestInput,
  type StoryCitation,
  type StoryFormat,
} from './figure-request';
