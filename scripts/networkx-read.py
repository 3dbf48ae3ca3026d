#!/usr/bin/env python3
# Reads a Faultline GEXF or GraphML export with networkx, as a user of networkx 2.8 (Debian) or 3.x would
# (nx.read_gexf / nx.read_graphml), and prints what networkx got as JSON: the graph's kind, node and edge
# counts, and per edge its ends, its `directed` attribute, its days, its EDTF `when` and its passages.
# With `--resave OUT` it also writes the graph again with nx.write_gexf / nx.write_graphml, as a user re-saving
# the file would. src/io/export/networkx.test.ts runs it on the bundled dataset's exports.
# networkx 2.x knows GEXF 1.1draft and 1.2draft only (it finds no <graph> in a 1.3 file); there the file is read
# as 1.2draft by renaming its namespaces, the workaround docs/export.md gives for those versions.
import io
import json
import sys

import networkx as nx
from networkx.readwrite.gexf import GEXF

GEXF_13 = ("http://gexf.net/1.3", "http://gexf.net/1.3/viz")
GEXF_12 = ("http://www.gexf.net/1.2draft", "http://www.gexf.net/1.2draft/viz")


def read_gexf(path):
    if "1.3" in GEXF.versions:
        return nx.read_gexf(path)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    for new, old in zip(GEXF_12, GEXF_13):
        text = text.replace(f'"{old}"', f'"{new}"').replace(f"{old}/", f"{new}/")
    text = text.replace('version="1.3"', 'version="1.2"')
    return nx.read_gexf(io.BytesIO(text.encode("utf-8")))


def main(path, resave=None):
    if path.endswith(".gexf"):
        graph = read_gexf(path)
    elif path.endswith(".graphml"):
        graph = nx.read_graphml(path)
    else:
        raise SystemExit("networkx-read: give a .gexf or .graphml file")
    if resave is not None:
        (nx.write_gexf if resave.endswith(".gexf") else nx.write_graphml)(graph, resave)
    edges = []
    for source, target, data in graph.edges(data=True):
        evidence = json.loads(data["evidence_json"])["evidence"] if "evidence_json" in data else []
        edges.append(
            {
                "source": source,
                "target": target,
                "relation_id": data.get("relation_id"),
                "directed": data.get("directed"),
                "start": data.get("start"),
                "end": data.get("end"),
                "when": data.get("when"),
                "weight": data.get("weight"),
                "evidence": len(evidence),
                "quotes": [e["quote"] for e in evidence],
            }
        )
    print(
        json.dumps(
            {
                "networkx": nx.__version__,
                "directed": graph.is_directed(),
                "nodes": graph.number_of_nodes(),
                "edges": edges,
                "graph": {k: v for k, v in graph.graph.items() if isinstance(v, (str, int, float))},
            }
        )
    )


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[2] == "--resave":
        main(sys.argv[1], sys.argv[3])
    else:
        main(sys.argv[1])
