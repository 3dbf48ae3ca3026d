// Small valid files, one or more per reader of the import registry, written for the fuzz test (fuzz.test.ts) to
// mutate. One record per line wherever the format allows, so that duplicating, deleting or swapping a line makes a
// duplicate record, a missing one or a misplaced one rather than only a syntax error. Invented actors only.

/** A file a reader reads without an error: its name (which tells the format with its content) and its text. */
export interface FuzzSeed {
  readonly name: string;
  readonly text: string;
}

const DATASET_JSON = `{"format": "faultline-dataset/1", "id": "fuzz", "title": "Fuzz", "description": "Invented.",
"sources": [{"id": "s", "title": "Invented source", "published": "2021-01-01"}],
"actors": [
{"id": "alpha", "label": "Alpha", "kind": "state", "description": "An invented state."},
{"id": "beta", "label": "Beta", "kind": "armed-group", "description": "An invented group."},
{"id": "gamma", "label": "Gamma", "kind": "organisation", "description": "An invented body.", "partOf": "alpha"}
],
"relations": [
{"id": "r1", "type": "clash", "source": "alpha", "target": "beta", "when": "2020-01-01", "summary": "They clash.", "status": "reported", "evidence": [{"source": "s", "quote": "Alpha and Beta clashed."}]},
{"id": "r2", "type": "talks", "source": "beta", "target": ["alpha", "gamma"], "when": "2020-02-03/2020-02-20", "summary": "They talk.", "status": "alleged", "assertedBy": ["gamma"], "evidence": [{"source": "s", "quote": "Beta talked."}]}
]}
`;

const CSV = `Id,Source,Target,Type,When,Summary,Quote,Source title,Aliases
r1,Alpha,Beta,alliance,2001/2003,"Alpha and Beta, allied",Alpha and Beta announced their alliance.,Invented Daily,A;B
r2,Beta,Gamma,Trade pact,2002-05-01,A pact,The two sides signed a pact.,Invented Daily,
r3,Gamma,Alpha;Beta,talks,2004-01-10,Three-way talks,,,
r4,Alpha,Gamma,clash,[2005-03-01..2005-03-04],A clash,,,
`;

const GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
<meta><creator>Faultline fuzz</creator><title>Fuzz</title></meta>
<graph mode="dynamic" defaultedgetype="directed" timeformat="date">
<attributes class="edge">
<attribute id="s" title="status" type="string"/>
</attributes>
<nodes>
<node id="a" label="Alpha" start="2001-01-01"/>
<node id="b" label="Beta"/>
<node id="c" label="Gamma" pid="b"/>
</nodes>
<edges>
<edge id="1" source="a" target="b" kind="clash" start="2001-02-03" end="2001-02-05"/>
<edge id="2" source="b" target="c" kind="alliance" start="2003-01-01"><attvalues><attvalue for="s" value="reported"/></attvalues></edge>
<edge id="3" source="c" target="a" kind="talks"><spells><spell start="2002-01-01" end="2002-01-09"/><spell start="2005-01-01" end="2005-01-03"/></spells></edge>
</edges>
</graph>
</gexf>
`;

const GRAPHML = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="d0" for="node" attr.name="kind" attr.type="string"/>
<key id="d1" for="node" attr.name="label" attr.type="string"/>
<key id="d2" for="edge" attr.name="relation" attr.type="string"/>
<key id="d3" for="edge" attr.name="start" attr.type="string"/>
<key id="d4" for="edge" attr.name="end" attr.type="string"/>
<graph id="G" edgedefault="undirected">
<node id="alpha"><data key="d0">state</data><data key="d1">Alpha</data></node>
<node id="beta"><data key="d0">armed group</data><data key="d1">Beta</data></node>
<node id="gamma"><data key="d1">Gamma</data></node>
<edge id="e1" source="alpha" target="beta"><data key="d2">rivalry</data><data key="d3">2001</data><data key="d4">2004</data></edge>
<edge id="e2" source="beta" target="gamma"><data key="d2">alliance</data><data key="d3">2002-05</data></edge>
<edge id="e3" source="gamma" target="alpha"><data key="d2">talks</data></edge>
</graph>
</graphml>
`;

const CYJS = `{"data": {"name": "Fuzz"}, "elements": {"nodes": [
{"data": {"id": "a", "name": "Alpha"}},
{"data": {"id": "b", "name": "Beta", "kind": "armed group"}},
{"data": {"id": "c", "name": "Gamma", "parent": "b"}},
{"data": {"id": "d", "name": "Delta"}}
], "edges": [
{"data": {"id": "e1", "source": "a", "target": "b", "interaction": "clash", "when": "2010-03-04"}},
{"data": {"id": "e2", "source": "b", "target": "d", "interaction": "talks", "start": "2011-01-01", "end": "2011-01-20"}},
{"data": {"id": "e3", "source": "d", "target": "a", "interaction": "alliance"}}
]}}
`;

const PLOVER = `[
{"id": "A-1", "date": "2021-03-02", "source": [{"actorText": "Alphaland", "code": "ALP"}], "target": [{"actorText": "Betastan", "code": "BET"}], "event": "AGREE", "context": "diplomatic", "text": "Alphaland agreed with Betastan."},
{"id": "F-1", "date": "2021-03-20", "source": [{"actorText": "Gamma Front"}], "target": [{"actorText": "Alphaland"}], "event": "FIGHT", "context": "military"},
{"id": "C-1", "date": "2021-04-01", "source": [{"actorText": "Betastan"}], "target": [{"actorText": "Gamma Front"}], "event": "CONSULT"}
]
`;

const ACLED = `event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,country,source,notes,fatalities
XYZ1,2022-05-02,2022,1,Battles,Armed clash,Military Forces of Xland,Yfront,Xland,Local Paper,"Forces clashed, near Town A.",3
XYZ2,2022-05-20,2022,2,Battles,Armed clash,Yfront,Military Forces of Xland,Xland,Radio Xland,An attack.,5
XYZ3,2022-06-01,2022,1,Strategic developments,Agreement,Yfront,Zee Militia,Xland,Radio Xland,A deal.,0
`;

const UCDP = `id,type_of_violence,side_a,side_b,date_start,date_end,source_office,best
1,1,Government of Xland,Yfront,2020-02-03 00:00:00.000,2020-02-03 00:00:00.000,Example Wire,4
2,1,Government of Xland,Yfront,2020-02-10 00:00:00.000,2020-02-28 00:00:00.000,Sample Daily,6
3,2,Yfront,Zee Militia,2020-03-01 00:00:00.000,2020-03-02 00:00:00.000,Local Paper,1
`;

const ICEWS = `Event ID\tEvent Date\tSource Name\tSource Sectors\tEvent Text\tCAMEO Code\tIntensity\tTarget Name\tPublisher
1001\t2021-03-02\tAlpha\tNA\tConsult\t040\t1\tBeta\tExample Wire
1002\t2021-03-09\tBeta\tNA\tConsult\t042\t1.9\tAlpha\tExample Wire
1003\t2021-03-15\tDelta Front\tRebels\tFight with small arms\t190\t-10\tAlpha\tSample Daily
`;

const POLECAT = `Event ID\tEvent Date\tEvent Type\tEvent Mode\tContexts\tActor Name\tRecipient Name\tPublisher
p-1\t2023-02-01\tCONSULT\tvisit\tdiplomatic\tXland\tZeeland\tExample Wire
p-2\t2023-02-04\tASSAULT\tfirearms\tmilitary\tYfront\tXland\tSample Daily
p-3\t2023-02-06\tAGREE\t\tdiplomatic\tXland\tYfront\tSample Daily
`;

/** A GDELT 2.0 row (61 tab-separated columns, no header): id, day, the two actors, the event code. */
function gdeltRow(id: number, day: string, actor1: string, actor2: string, code: string): string {
  const cells = new Array<string>(61).fill('');
  cells[0] = String(id);
  cells[1] = day;
  cells[2] = day.slice(0, 6);
  cells[3] = day.slice(0, 4);
  cells[5] = actor1.slice(0, 3).toUpperCase();
  cells[6] = actor1;
  cells[15] = actor2.slice(0, 3).toUpperCase();
  cells[16] = actor2;
  cells[25] = '1';
  cells[26] = code;
  cells[27] = code.slice(0, 3);
  cells[28] = code.slice(0, 2);
  cells[59] = `${day}120000`;
  cells[60] = `https://example.org/${id}`;
  return cells.join('\t');
}

const GDELT = [
  gdeltRow(500001, '20230104', 'XLAND', 'YFRONT', '190'),
  gdeltRow(500002, '20230105', 'YFRONT', 'XLAND', '0874'),
  gdeltRow(500003, '20230106', 'XLAND', 'ZEELAND', '043'),
  '',
].join('\n');

/** The seeds by reader id (the registry's `id`): a reader without one fails the fuzz test until it has one. */
export const FUZZ_SEEDS: Readonly<Record<string, readonly FuzzSeed[]>> = {
  json: [{ name: 'fuzz.json', text: DATASET_JSON }],
  csv: [{ name: 'fuzz.csv', text: CSV }],
  gexf: [{ name: 'fuzz.gexf', text: GEXF }],
  graphml: [{ name: 'fuzz.graphml', text: GRAPHML }],
  cytoscape: [{ name: 'fuzz.cyjs', text: CYJS }],
  'plover-json': [{ name: 'fuzz.json', text: PLOVER }],
  acled: [{ name: 'fuzz.csv', text: ACLED }],
  ucdp: [{ name: 'fuzz.csv', text: UCDP }],
  gdelt: [{ name: 'fuzz.export.csv', text: GDELT }],
  icews: [{ name: 'fuzz.tab', text: ICEWS }],
  polecat: [{ name: 'fuzz.tsv', text: POLECAT }],
};
