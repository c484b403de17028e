"""Writes the reference fixtures Weaver's analysis tests compare against.

Run from the repository root with Debian's interpreter (python3-networkx 2.8.8, python3-igraph):

    /usr/bin/python3 test/reference/generate_reference.py

Outputs (committed, so CI never needs Python):
- test/reference/graphs.json: per graph, nodes [{id, sector?, status?, groups?}] in insertion order,
  edges [{source, target, weight}], and for davis the raw attendance pairs [[woman, event], ...].
- test/reference/networkx.json: per graph, networkx's values (see `measures` below). NaN becomes
  null. Iterative measures (eigenvector, PageRank) are computed to a tight tolerance so that they
  are the fixed point itself rather than an approximation that depends on the stopping rule; the
  values with networkx's default tolerance are kept alongside as *_nx_default.
Louvain's partition is not comparable across implementations (different random streams), so
modularity is checked on fixed partitions instead: the declared sector split where there is one,
and networkx's deterministic greedy modularity communities.
"""

import json
import math
import os
import sys

import igraph
import networkx as nx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from datasets import GRAPHS, davis_attendance  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
TIGHT = 1e-12


def clean(value):
    """JSON-safe copy: NaN and infinities become null, tuples lists, numpy scalars floats."""
    if isinstance(value, dict):
        return {str(k): clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean(v) for v in value]
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int):
        return value
    number = float(value)
    return number if math.isfinite(number) else None


def or_none(compute):
    try:
        return compute()
    except nx.PowerIterationFailedConvergence:
        return None


def labels(partition_sets, nodes):
    label = {}
    for i, block in enumerate(partition_sets):
        for node in block:
            label[node] = i
    return {node: label[node] for node in nodes}


def partitions(graph):
    nodes = list(graph.nodes())
    result = {}
    sectors = nx.get_node_attributes(graph, "sector")
    if len(sectors) == len(nodes):
        names = sorted(set(sectors.values()))
        result["sector"] = {node: names.index(sectors[node]) for node in nodes}
    greedy = nx.community.greedy_modularity_communities(graph, weight="weight")
    result["greedy"] = labels(greedy, nodes)
    return result


def agreement(graph, parts):
    """NMI and adjusted Rand between every pair of fixed partitions, by igraph (not networkx)."""
    nodes = list(graph.nodes())
    names = sorted(parts)
    rows = []
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            x = [parts[a][node] for node in nodes]
            y = [parts[b][node] for node in nodes]
            rows.append(
                {
                    "a": a,
                    "b": b,
                    "nmi": igraph.compare_communities(x, y, method="nmi"),
                    "adjusted_rand": igraph.compare_communities(x, y, method="adjusted_rand"),
                }
            )
    return rows


def modularities(graph, parts):
    rows = []
    for name, part in sorted(parts.items()):
        blocks = {}
        for node, label in part.items():
            blocks.setdefault(label, set()).add(node)
        for weight in ("weight", None):
            rows.append(
                {
                    "partition": name,
                    "weighted": weight is not None,
                    "modularity": nx.community.modularity(graph, blocks.values(), weight=weight),
                }
            )
    return rows


def measures(graph):
    n = graph.number_of_nodes()
    components = sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0]))
    parts = partitions(graph)
    return {
        "n": n,
        "m": graph.number_of_edges(),
        "degree": dict(graph.degree()),
        "strength": dict(graph.degree(weight="weight")),
        "betweenness_centrality": nx.betweenness_centrality(graph, normalized=True),
        "closeness_centrality": nx.closeness_centrality(graph, wf_improved=True),
        "eigenvector_centrality": nx.eigenvector_centrality(graph, weight="weight", max_iter=100000, tol=TIGHT),
        "eigenvector_centrality_nx_default": or_none(lambda: nx.eigenvector_centrality(graph, weight="weight")),
        "pagerank": nx.pagerank(graph, alpha=0.85, weight="weight", max_iter=100000, tol=TIGHT),
        "pagerank_nx_default": or_none(lambda: nx.pagerank(graph, alpha=0.85, weight="weight")),
        "clustering": nx.clustering(graph),
        "core_number": nx.core_number(graph),
        "articulation_points": sorted(nx.articulation_points(graph)),
        "bridges": sorted(sorted(edge) for edge in nx.bridges(graph)),
        "constraint": nx.constraint(graph, weight="weight"),
        "effective_size": nx.effective_size(graph, weight="weight"),
        "components": components,
        "number_of_components": len(components),
        "density": nx.density(graph),
        "isolates": sorted(nx.isolates(graph)),
        "number_of_isolates": nx.number_of_isolates(graph),
        "partitions": parts,
        "modularity": modularities(graph, parts),
        "agreement": agreement(graph, parts),
    }


def export_graph(name, graph):
    nodes = []
    for node, data in graph.nodes(data=True):
        entry = {"id": node}
        for key in ("sector", "status", "groups"):
            if key in data:
                entry[key] = data[key]
        nodes.append(entry)
    edges = [{"source": u, "target": v, "weight": d["weight"]} for u, v, d in graph.edges(data=True)]
    result = {"nodes": nodes, "edges": edges}
    if name == "davis":
        result["attendance"] = [list(pair) for pair in davis_attendance()[1]]
    return result


def write(path, data):
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(clean(data), handle, indent=1, allow_nan=False, ensure_ascii=False)
        handle.write("\n")


def main():
    graphs, values = {}, {}
    for name, build in GRAPHS.items():
        graph = build()
        graphs[name] = export_graph(name, graph)
        values[name] = measures(graph)
    values["_meta"] = {"networkx": nx.__version__, "igraph": igraph.__version__, "tight_tolerance": TIGHT}
    write(os.path.join(HERE, "graphs.json"), graphs)
    write(os.path.join(HERE, "networkx.json"), values)
    for name, graph in graphs.items():
        print(f"{name}: {len(graph['nodes'])} people, {len(graph['edges'])} ties")


if __name__ == "__main__":
    # networkx iterates over sets in places (constraint, greedy communities); a fixed hash seed
    # makes reruns byte-identical, so a diff of the JSON shows only real changes.
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable] + sys.argv, {**os.environ, "PYTHONHASHSEED": "0"})
    main()
