// Event data at scale, for `faultline ingest`: the one SQL query (sql.ts) over each format's staging (stage.ts)
// in three dialects (dialect.ts), and what turns its result into a dataset (the event readers' own path).
export { DIALECT, DIALECTS, type DialectName } from './dialect';
export { INGEST_FORMATS, stageOf, type IngestFormat } from './stage';
export {
  buildIngestSql,
  duckdbSource,
  isParquet,
  type IngestFilters,
  type IngestSql,
  type IngestSqlOptions,
} from './sql';
export { eventDataset, newEventDraft, type EventFindings } from '../import/events/read-events';
export { gdeltColumns } from '../import/events/gdelt';
export { EXCLUDED_CONTEXTS } from '../import/events/polecat';
