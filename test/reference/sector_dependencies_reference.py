"""Reference values for Weaver's sector dependencies, by brute force over shortest paths.

Run from the repository root with Debian's interpreter (python3-networkx):

    /usr/bin/python3 test/reference/sector_dependencies_reference.py

Writes test/reference/sector_dependencies.json. Definition (the same as Weaver's, see
src/analysis/sectorDependencies.ts): for two different sectors A and B and a person X,

    share(X) = sum over s in A, t in B with a path between them of
                   (number of shortest s-t paths with X strictly inside) / (number of shortest s-t paths)
               divided by the number of such connected (s, t) pairs.

Paths are counted on hops (weights ignored). Every shortest path is enumerated with
nx.all_shortest_paths, independently of Brandes' accumulation that Weaver uses, so that a test
comparing the two can catch a mistake in either. People without a sector are never s or t but
can be X. Pairs of sectors with no connected pair are left out.

Graphs: the sector-labelled reference graphs of graphs.json (written by generate_reference.py),
plus small hand-made graphs stored in the output, where the answer can be checked by eye.
"""

import itertools
import json
import os

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))

# Sport and health reach each other through X (academia) or through U (no sector); S4 is
# sport but isolated, so it takes part in no connected pair; the second component has a
# health person tied to a UN person only.
BROKER = {
    "nodes": [
        {"id": "S1", "sector": "sport"},
        {"id": "S2", "sector": "sport"},
        {"id": "S3", "sector": "sport"},
        {"id": "S4", "sector": "sport"},
        {"id": "H1", "sector": "public health"},
        {"id": "H2", "sector": "public health"},
        {"id": "X", "sector": "academia"},
        {"id": "U"},
        {"id": "H3", "sector": "public health"},
        {"id": "N1", "sector": "UN agency"},
    ],
    "edges": [
        ["S1", "S2"], ["S2", "S3"], ["S1", "S3"], ["H1", "H2"],
        ["X", "S1"], ["X", "H1"], ["U", "S3"], ["U", "H2"], ["H3", "N1"],
    ],
}

# A chain with one direct tie between the two sectors at one end: the direct pair dilutes
# the broker's share, and equal-length alternatives split it.
DIRECT = {
    "nodes": [
        {"id": "a1", "sector": "A"},
        {"id": "a2", "sector": "A"},
        {"id": "m1", "sector": "M"},
        {"id": "m2", "sector": "M"},
        {"id": "b1", "sector": "B"},
        {"id": "b2", "sector": "B"},
    ],
    "edges": [
        ["a1", "a2"], ["a2", "m1"], ["a2", "m2"], ["m1", "b1"], ["m2", "b1"], ["b1", "b2"], ["a1", "b2"],
    ],
}


def build(data):
    graph = nx.Graph()
    for node in data["nodes"]:
        graph.add_node(node["id"], sector=node.get("sector"))
    for edge in data["edges"]:
        if isinstance(edge, dict):
            graph.add_edge(edge["source"], edge["target"])
        else:
            graph.add_edge(edge[0], edge[1])
    return graph


def sector_of(graph, node):
    value = graph.nodes[node].get("sector")
    if value is None or str(value).strip() == "":
        return None
    return str(value).strip()


def dependencies(graph):
    sectors = sorted({s for s in (sector_of(graph, v) for v in graph) if s is not None})
    members = {s: [v for v in graph if sector_of(graph, v) == s] for s in sectors}
    pairs = []
    for a, b in itertools.combinations(sectors, 2):
        totals = {}
        connected = 0
        direct = sum(1 for u, v in graph.edges() if {sector_of(graph, u), sector_of(graph, v)} == {a, b})
        for s in members[a]:
            for t in members[b]:
                if not nx.has_path(graph, s, t):
                    continue
                connected += 1
                paths = list(nx.all_shortest_paths(graph, s, t))
                for path in paths:
                    for x in path[1:-1]:
                        totals[x] = totals.get(x, 0.0) + 1.0 / len(paths)
        if connected == 0:
            continue
        pairs.append(
            {
                "sectors": [a, b],
                "connectedPairs": connected,
                "directTies": direct,
                "shares": {x: value / connected for x, value in sorted(totals.items())},
            }
        )
    return pairs


def main():
    with open(os.path.join(HERE, "graphs.json"), encoding="utf-8") as f:
        reference = json.load(f)
    out = {}
    for name, data in reference.items():
        if not any(node.get("sector") for node in data["nodes"]):
            continue
        out[name] = {"pairs": dependencies(build(data))}
    for name, data in (("broker", BROKER), ("direct", DIRECT)):
        out[name] = {"graph": data, "pairs": dependencies(build(data))}
    out["_meta"] = {"networkx": nx.__version__}
    with open(os.path.join(HERE, "sector_dependencies.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
