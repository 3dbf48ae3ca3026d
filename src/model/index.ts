// The model's public API: what the view, the UI, the exporters and the command line import. Pure TypeScript.
export * from './types';
export { buildModel, extentOf } from './graph/build';
export {
  DAY_MS,
  DEFAULT_EVENT_MEMORY,
  LiveSet,
  TimeIndex,
  ViewSpecError,
  boundsOf,
  type TimeIndexOptions,
  type ViewBounds,
} from './time/index';
export { isLiveLinear, linearScan } from './time/linear-scan';
