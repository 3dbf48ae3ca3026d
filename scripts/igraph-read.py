#!/usr/bin/env python3
# Reads a Faultline GraphML export with python-igraph, as an igraph user would (ig.Graph.Read_GraphML), and prints
# what igraph got as JSON: whether the graph is directed, the vertex and edge counts, the attribute names it made,
# and per edge its ends (the vertices' `id`), the `directed` attribute as igraph typed it, its days, its EDTF
# `when` and the passages in `evidence_json`. Given a .gexf it prints what igraph says when asked to read it
# (igraph has no GEXF reader). src/io/export/igraph.test.ts runs it on the bundled dataset's exports.
import json
import math
import sys

import igraph as ig


def plain(value):
    """A value as JSON can hold it, with its Python type: igraph fills a missing number with NaN."""
    if isinstance(value, float) and math.isnan(value):
        return {"nan": True}
    return value


def read_gexf(path):
    try:
        ig.Graph.Read(path)
    except Exception as error:  # igraph raises OSError for a format it does not know
        return {"igraph": ig.__version__, "error": f"{type(error).__name__}: {error}"}
    return {"igraph": ig.__version__, "error": None}


def read_graphml(path):
    graph = ig.Graph.Read_GraphML(path)
    ids = graph.vs["id"]
    edges = []
    for edge in graph.es:
        data = edge.attributes()
        evidence = json.loads(data["evidence_json"])["evidence"] if data.get("evidence_json") else []
        edges.append(
            {
                "id": data.get("id"),
                "source": ids[edge.source],
                "target": ids[edge.target],
                "relation_id": data.get("relation_id"),
                "directed": data.get("directed"),
                "directed_type": type(data.get("directed")).__name__,
                "start": data.get("start"),
                "end": data.get("end"),
                "when": data.get("when"),
                "evidence_count": plain(data.get("evidence")),
                "evidence": len(evidence),
                "quotes": [e["quote"] for e in evidence],
            }
        )
    return {
        "igraph": ig.__version__,
        "directed": graph.is_directed(),
        "nodes": graph.vcount(),
        "vertex_attributes": graph.vs.attributes(),
        "edge_attributes": graph.es.attributes(),
        "graph": {name: graph[name] for name in graph.attributes()},
        "edges": edges,
    }


def main(path):
    if path.endswith(".gexf"):
        result = read_gexf(path)
    elif path.endswith(".graphml"):
        result = read_graphml(path)
    else:
        raise SystemExit("igraph-read: give a .gexf or .graphml file")
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1])
