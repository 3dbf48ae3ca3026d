// Cytoscape.js JSON (`.cyjs`): the elements as the explorer draws them, with the same classes (`kind-…`, tone,
// line style, direction, `alleged`) and data fields (label, size, width) the view's stylesheet reads, plus that
// stylesheet itself, so `cytoscape({ ...file })` renders the same picture. Cytoscape desktop opens the file too
// (File > Import > Network from File) and takes every data field as a column. Who says so travels as data too:
// confidence, inference notes, and per passage its claim and grades; the passages themselves as `quotes`,
// `sourceIds` and `evidenceJson` (evidence-json.ts), the sources table as the network's `sourcesJson`.
import type { Dataset } from '../../model';
import { buildStylesheet } from '../../look/stylesheet';
import { edgeClassKey, edgeClasses, edgeWidth, nodeSize } from '../../look/look';
import { attributeColumns } from './attributes';
import { evidenceJson, openingJson, sourcesJson } from './evidence-json';
import { claimText } from './fields';
import { selectForExport, type ExportOptions } from './selection';
import { dayRange, intervalOf } from './time';
import { textFile, type WriterFormat } from './writer-format';

type Data = Record<string, string | number | boolean | null | readonly (string | number | null)[]>;

interface CyElement {
  data: Data;
  position?: { x: number; y: number };
  classes: string[];
}

/** Free-form attributes as data fields; a key the element already uses gets the `attributes.` prefix. */
function withAttributes(data: Data, attributes: Dataset['actors'][number]['attributes']): Data {
  for (const c of attributeColumns([{ attributes }], Object.keys(data)))
    data[c.name] = attributes?.[c.key] ?? null;
  return data;
}

function withoutUndefined(record: Record<string, unknown>): Data {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Data;
}

export function writeCytoscape(whole: Dataset, options: ExportOptions = {}): string {
  const { dataset, edges } = selectForExport(whole, options);
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const degree = new Map<string, number>();
  for (const e of edges) {
    for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + e.info.intensity);
  }
  const nodes: CyElement[] = dataset.actors.map((a) => {
    const data = withoutUndefined({
      id: a.id,
      label: a.label,
      size: nodeSize(degree.get(a.id) ?? 0),
      kind: a.kind,
      description: a.description,
      country: a.country,
      partOf: a.partOf,
      aliases: a.aliases,
      when: a.when,
      colour: options.colours?.[a.id],
    });
    const position = options.positions?.[a.id];
    return {
      data: withAttributes(data, a.attributes),
      ...(position ? { position: { x: position.x, y: position.y } } : {}),
      classes: [`kind-${a.kind}`],
    };
  });
  const cyEdges: CyElement[] = edges.map((e) => {
    const r = e.relation;
    const classes = edgeClasses(edgeClassKey(e.info, e.status));
    if (e.status === 'alleged') classes.push('alleged');
    const data = withoutUndefined({
      id: e.key,
      source: e.source,
      target: e.target,
      relationId: r.id,
      width: edgeWidth(e.info.intensity),
      type: r.type,
      label: e.info.label,
      polarity: e.info.polarity,
      tone: e.info.tone,
      directed: e.directed,
      status: r.status,
      summary: r.summary,
      subtype: r.subtype,
      when: r.when,
      ...dayRange(intervalOf(e.span)),
      evidence: r.evidence.length,
      assertedBy: r.assertedBy,
      disputedBy: r.disputedBy,
      confidence: r.confidence,
      inferenceWhen: r.inference?.when,
      inferenceType: r.inference?.type,
      inferenceParties: r.inference?.parties,
      // One value per passage, in order; null where a passage does not say.
      ...(r.evidence.some((x) => x.claim || x.reliability || x.credibility) && {
        claims: r.evidence.map((x) => (x.claim ? claimText(x.claim) : null)),
        reliability: r.evidence.map((x) => x.reliability ?? null),
        credibility: r.evidence.map((x) => x.credibility ?? null),
      }),
      ...(r.evidence.length > 0 && {
        quotes: r.evidence.map((x) => x.quote),
        sourceIds: r.evidence.map((x) => x.source),
        evidenceJson: evidenceJson(r.evidence, sources),
      }),
    });
    return { data: withAttributes(data, r.attributes), classes };
  });
  const file = {
    format_version: '1.0',
    generated_by: 'Faultline',
    target_cytoscapejs_version: '~3.34',
    data: {
      name: dataset.title,
      description: dataset.description,
      datasetId: dataset.id,
      sourcesJson: sourcesJson(dataset.sources),
      openingJson: openingJson(dataset),
    },
    elements: { nodes, edges: cyEdges },
    style: buildStylesheet('light'),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const CYJS_FILE = { extension: 'cyjs', mediaType: 'application/json' };

export const cytoscapeWriter: WriterFormat<'cyjs'> = {
  id: 'cyjs',
  label: 'Cytoscape.js JSON',
  ...CYJS_FILE,
  write: textFile(CYJS_FILE, writeCytoscape),
};
