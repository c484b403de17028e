#!/usr/bin/env python3
"""Checks that networkx reads a GEXF file written by Weaver, with typed attributes.

Run by hand (CI has no Python), on a file from `weaver report --out DIR` or writeReportFiles:

    /usr/bin/python3 test/report/check_gexf.py DIR/network.gexf

networkx before 3.x knows GEXF 1.1 and 1.2 only; 1.3 differs from 1.2 in the namespace and
in features Weaver does not use, so the 1.3 namespace is registered the same way newer
networkx does.
"""
import sys

import networkx as nx
from networkx.readwrite.gexf import GEXF

if "1.3" not in GEXF.versions:
    GEXF.versions["1.3"] = {
        "NS_GEXF": "http://gexf.net/1.3",
        "NS_VIZ": "http://gexf.net/1.3/viz",
        "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        "VERSION": "1.3",
    }

EXPECTED_TYPES = {
    "degree": int,
    "coreness": int,
    "brokerage_total": int,
    "betweenness": float,
    "pagerank": float,
    "strength": float,
    "articulationPoint": bool,
    "registered": bool,
    "status": str,
}


def main(path: str) -> int:
    graph = nx.read_gexf(path, version="1.3")
    print(f"networkx {nx.__version__}: {type(graph).__name__}, {graph.number_of_nodes()} nodes, "
          f"{graph.number_of_edges()} edges, directed={graph.is_directed()}")
    problems = []
    for key, expected in EXPECTED_TYPES.items():
        values = [data[key] for _, data in graph.nodes(data=True) if key in data]
        if not values:
            problems.append(f"no node has {key}")
        elif not all(type(v) is expected for v in values):
            problems.append(f"{key}: expected {expected.__name__}, got {sorted({type(v).__name__ for v in values})}")
    node, data = next(iter(graph.nodes(data=True)))
    print(f"node {node}: " + ", ".join(f"{k}={data[k]!r}" for k in sorted(data) if k != "viz")[:400])
    if "viz" in data:
        print(f"  viz: {data['viz']}")
    weights = [d.get("weight") for _, _, d in graph.edges(data=True)]
    if any(not isinstance(w, float) for w in weights):
        problems.append("an edge without a numeric weight")
    u, v, edge = next(iter(graph.edges(data=True)))
    print(f"edge {u}-{v}: {edge}")
    bridges = sum(1 for _, _, d in graph.edges(data=True) if d.get("bridge") is True)
    if not graph.is_directed():
        reference = sum(1 for _ in nx.bridges(graph))
        print(f"bridges marked: {bridges}, networkx.bridges: {reference}")
        if bridges != reference:
            problems.append("bridge attribute disagrees with networkx.bridges")
    for problem in problems:
        print(f"PROBLEM: {problem}")
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
