"""Reference for the attendance projection: Davis's Southern Women projected with networkx.

Writes davis_projection.json next to this script: the attendance (one row per woman and event,
from networkx's davis_southern_women_graph) and networkx's collaboration_weighted_projected_graph
of the women (Newman's weighting: each event with n attendees adds 1/(n-1) to each pair).
Run with Debian's Python, then format like the rest of the repository:
  /usr/bin/python3 test/graph/reference/project_davis.py && npx prettier --write test/graph/reference/davis_projection.json
"""

import json
import pathlib

import networkx as nx
from networkx.algorithms import bipartite

graph = nx.davis_southern_women_graph()
women = sorted(n for n, d in graph.nodes(data=True) if d["bipartite"] == 0)
events = sorted(n for n, d in graph.nodes(data=True) if d["bipartite"] == 1)

attendance = [{"person": w, "event": e} for w in women for e in sorted(graph[w])]
projection = bipartite.collaboration_weighted_projected_graph(graph, women)
ties = [
    {"a": min(a, b), "b": max(a, b), "weight": d["weight"]}
    for a, b, d in sorted(projection.edges(data=True), key=lambda t: (min(t[0], t[1]), max(t[0], t[1])))
]

out = {
    "source": "networkx %s davis_southern_women_graph, collaboration_weighted_projected_graph" % nx.__version__,
    "women": women,
    "events": events,
    "attendance": attendance,
    "ties": ties,
}
path = pathlib.Path(__file__).with_name("davis_projection.json")
path.write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
print("wrote %s: %d attendance rows, %d ties" % (path, len(attendance), len(ties)))
