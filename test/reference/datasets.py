"""Reference networks for Weaver's analysis tests, built as networkx graphs.

Imported by generate_reference.py (and by any other reference script in this folder).
Run with Debian's interpreter, which has python3-networkx 2.8.8 and python3-igraph:

    /usr/bin/python3 test/reference/generate_reference.py

Every graph is a networkx.Graph whose nodes are strings (the ids Weaver's tests use),
whose ties carry a numeric "weight", and whose people may carry "sector", "status" and
"groups" attributes. Node insertion order is the order written to graphs.json, so that
registered people with no ties (isolates) are part of the network and count in n.

Graphs:
- karate: Zachary's karate club, weighted by Zachary's interaction counts (networkx 2.8.8
  ships them as the "weight" attribute, the same values as UCINET's ZACHC matrix); the
  "club" the member joined after the split is used as the sector.
- florentine: Padgett's Florentine families marriage network as networkx ships it
  (15 families; the isolated Pucci family is not included), every tie weighing 1, no sector.
- davis: Davis's Southern Women, projected onto the 18 women as Newman's collaboration
  network (each event with n attendees adds 1/(n-1) to each pair of its attendees). The raw
  (woman, event) attendance pairs are exported too, so tests can run Weaver's own projection.
- multisector: a seeded, generated community of about 150 people in 8 sectors with sector
  silos, a few cross-sector brokers, a pendant chain (articulation points and bridges),
  two small separate components and registered people with no ties (isolates).
"""

import random

import networkx as nx
from networkx.algorithms import bipartite


def karate():
    source = nx.karate_club_graph()
    if not all("weight" in d for _, _, d in source.edges(data=True)):
        raise RuntimeError("this networkx's karate_club_graph carries no weights; embed ZACHC instead")
    graph = nx.Graph(name="karate")
    for node, data in source.nodes(data=True):
        graph.add_node(str(node), sector=data["club"])
    for u, v, data in source.edges(data=True):
        graph.add_edge(str(u), str(v), weight=data["weight"])
    return graph


def florentine():
    source = nx.florentine_families_graph()
    graph = nx.Graph(name="florentine")
    graph.add_nodes_from(sorted(source.nodes()))
    for u, v in source.edges():
        graph.add_edge(u, v, weight=1)
    return graph


def davis_attendance():
    """(woman, event) pairs of Davis's Southern Women, in a stable order."""
    source = nx.davis_southern_women_graph()
    women = source.graph["top"]
    pairs = []
    for woman in women:
        for event in sorted(source[woman], key=lambda e: int(e[1:])):
            pairs.append((woman, event))
    return women, pairs


def davis():
    source = nx.davis_southern_women_graph()
    women = source.graph["top"]
    projected = bipartite.collaboration_weighted_projected_graph(source, women)
    graph = nx.Graph(name="davis")
    graph.add_nodes_from(women)
    for u, v, data in projected.edges(data=True):
        graph.add_edge(u, v, weight=data["weight"])
    return graph


SECTORS = [
    ("SPF", "national federation"),
    ("NGO", "social NGO"),
    ("PUB", "public authority"),
    ("UNA", "UN agency"),
    ("DEV", "development bank"),
    ("COR", "corporate partner"),
    ("ACA", "academia"),
    ("HEA", "public health"),
]

GROUPS = ["sport and education", "youth crime prevention", "health and active communities"]


def multisector(seed=20240611):
    rng = random.Random(seed)
    graph = nx.Graph(name="multisector")
    by_sector = {}

    def person(pid, sector, status="member", groups=None):
        if groups is None:
            home = GROUPS[[code for code, _ in SECTORS].index(code_of[sector]) % len(GROUPS)]
            groups = [home] if rng.random() < 0.85 else [rng.choice(GROUPS)]
            if rng.random() < 0.15:
                groups = sorted(set(groups + [rng.choice(GROUPS)]))
        graph.add_node(pid, sector=sector, status=status, groups=groups)
        by_sector.setdefault(sector, []).append(pid)
        return pid

    code_of = {name: code for code, name in SECTORS}

    # Sector silos: dense inside, with a density that differs by sector.
    for code, sector in SECTORS:
        members = [
            person(f"{code}-{i:02d}", sector, status="prospect" if rng.random() < 0.06 else "member")
            for i in range(1, 18)
        ]
        p = rng.uniform(0.18, 0.4)
        for a in range(len(members)):
            for b in range(a + 1, len(members)):
                if rng.random() < p:
                    graph.add_edge(members[a], members[b], weight=rng.randint(1, 6))
        # Nobody in a silo is left without a contact inside it.
        for m in members:
            if graph.degree(m) == 0:
                other = rng.choice([x for x in members if x != m])
                graph.add_edge(m, other, weight=rng.randint(1, 3))

    # A few brokers carry most cross-sector ties.
    sector_names = [name for _, name in SECTORS]
    brokers = rng.sample([n for n in list(graph.nodes())], 6)
    for broker in brokers:
        home = graph.nodes[broker]["sector"]
        others = rng.sample([s for s in sector_names if s != home], rng.randint(2, 4))
        for s in others:
            for target in rng.sample(by_sector[s], rng.randint(1, 3)):
                graph.add_edge(broker, target, weight=rng.randint(1, 4))

    # Sparse background of cross-sector ties.
    nodes = list(graph.nodes())
    for a in range(len(nodes)):
        for b in range(a + 1, len(nodes)):
            u, v = nodes[a], nodes[b]
            if graph.nodes[u]["sector"] != graph.nodes[v]["sector"] and rng.random() < 0.002:
                graph.add_edge(u, v, weight=1)

    # A pendant chain: the anchor is an articulation point, every chain tie a bridge.
    anchor = by_sector["public health"][0]
    chain = [person(f"HEA-C{i}", "public health") for i in range(1, 4)]
    previous = anchor
    for link in chain:
        graph.add_edge(previous, link, weight=rng.randint(1, 3))
        previous = link

    # Field advisors working among themselves: a separate component with a tail.
    field = [person(f"FLD-{i}", "academia", groups=["sport and education"]) for i in range(1, 7)]
    for a, b in [(0, 1), (1, 2), (2, 3), (3, 0), (0, 2), (3, 4), (4, 5)]:
        graph.add_edge(field[a], field[b], weight=round(rng.uniform(0.5, 3.0), 3))
    # A dyad of their own.
    dyad = [person(f"DYD-{i}", "UN agency") for i in range(1, 3)]
    graph.add_edge(dyad[0], dyad[1], weight=2.5)

    # Registered people with no ties: they count in n.
    person("ISO-1", "public authority")
    person("ISO-2", "corporate partner", groups=[])
    person("ISO-3", "national federation")
    person("ISO-4", "social NGO", status="former")
    person("ISO-5", "development bank", status="prospect", groups=[])
    return graph


GRAPHS = {
    "karate": karate,
    "florentine": florentine,
    "davis": davis,
    "multisector": multisector,
}
