// The passages behind a relation as one JSON text, for the graph formats (GEXF, GraphML, Cytoscape JSON), which
// have no place for a list of records: `{"evidence": [...], "sources": [...]}`, the relation's evidence exactly
// as the dataset holds it and the sources it cites. Carrying the cited sources on the edge itself means the
// passages survive a tool that keeps edge attributes but drops graph-level data (networkx re-saving a GEXF);
// GraphML and Cytoscape JSON also carry the whole sources table at graph level (`sources_json`), and the
// dataset's opening (`opening_json`).
import type { Dataset, Evidence, Source } from '../../model';

export const EVIDENCE_JSON = 'evidence_json';
export const SOURCES_JSON = 'sources_json';

/** undefined for a relation without passages (the attribute is then left out). */
export function evidenceJson(
  evidence: readonly Evidence[],
  sources: ReadonlyMap<string, Source>,
): string | undefined {
  if (evidence.length === 0) return undefined;
  const cited = [...new Set(evidence.map((e) => e.source))].flatMap((id) => sources.get(id) ?? []);
  return JSON.stringify({ evidence, sources: cited });
}

/** The graph-level name of the dataset's opening (date, window, note) as JSON. */
export const OPENING_JSON = 'opening_json';

/** The dataset's opening as JSON, or undefined when it names none. */
export function openingJson(dataset: Dataset): string | undefined {
  return dataset.opening && JSON.stringify(dataset.opening);
}

export function sourcesJson(sources: readonly Source[]): string {
  return JSON.stringify(sources);
}
