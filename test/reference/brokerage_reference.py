"""Reference values for Weaver's cross-sector measures, where networkx has no implementation.

Run from the repository root with Debian's interpreter:

    /usr/bin/python3 test/reference/brokerage_reference.py

Writes test/reference/brokerage_reference.json. networkx is used only to hold the graphs
(the same ones as generate_reference.py, from datasets.py); every measure below is written out
from its definition with plain loops, independently of Weaver's TypeScript, so that a test
comparing the two can catch a mistake in either.

Conventions (the same as Weaver's):
- the group of a person is their "sector" attribute; a missing or blank sector is the one
  shared group "Unknown";
- ties are distinct pairs of people; weights only matter for the mixing matrix's weights.

Measures, per graph:
- brokerage: Gould-Fernandez roles as R's sna::brokerage counts them on the symmetrised network.
  For each broker v, every ordered pair (a, b) of distinct neighbours of v that are not adjacent
  counts once, as coordinator (a, v, b in one group), itinerant (a, b in one group, v in another),
  representative (a with v, b elsewhere), gatekeeper (b with v, a elsewhere) or liaison (three
  groups); total is their sum.
- participation: 1 - sum over sectors s of (k_is / k_i)^2 over distinct contacts; null for isolates.
- ei: Krackhardt-Stern (E - I) / (E + I) on distinct ties; for the network (E between sectors,
  I within), per sector (E ties from its members to other sectors, I ties among its members,
  each counted once) and per person (contacts outside / inside their sector); null without ties.
- mixing: people per sector, and for each unordered pair of sectors (including a sector with
  itself) the number of ties and their summed weight, listed when non-zero.
"""

import json
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from datasets import GRAPHS  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
UNKNOWN = "Unknown"
ROLES = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison"]


def sector_of(graph, node):
    value = graph.nodes[node].get("sector")
    if value is None or str(value).strip() == "":
        return UNKNOWN
    return str(value).strip()


def role(group_a, group_v, group_b):
    if group_a == group_v and group_b == group_v:
        return "coordinator"
    if group_a == group_b:
        return "itinerant"
    if group_a == group_v:
        return "representative"
    if group_b == group_v:
        return "gatekeeper"
    return "liaison"


def brokerage(graph):
    counts = {r: {} for r in ROLES + ["total"]}
    for v in graph.nodes():
        for r in ROLES + ["total"]:
            counts[r][v] = 0
        neighbours = list(graph.neighbors(v))
        for a in neighbours:
            for b in neighbours:
                if a == b or graph.has_edge(a, b):
                    continue
                r = role(sector_of(graph, a), sector_of(graph, v), sector_of(graph, b))
                counts[r][v] += 1
                counts["total"][v] += 1
    return counts


def participation(graph):
    result = {}
    for v in graph.nodes():
        neighbours = list(graph.neighbors(v))
        if len(neighbours) == 0:
            result[v] = None
            continue
        per_sector = {}
        for u in neighbours:
            s = sector_of(graph, u)
            per_sector[s] = per_sector.get(s, 0) + 1
        total = 0.0
        for count in per_sector.values():
            total += (count / len(neighbours)) ** 2
        result[v] = 1 - total
    return result


def ratio(external, internal):
    if external + internal == 0:
        return None
    return (external - internal) / (external + internal)


def ei(graph):
    external = 0
    internal = 0
    for u, v in graph.edges():
        if sector_of(graph, u) == sector_of(graph, v):
            internal += 1
        else:
            external += 1

    by_sector = {}
    for s in sorted(set(sector_of(graph, v) for v in graph.nodes())):
        sector_external = 0
        sector_internal = 0
        for u, v in graph.edges():
            inside = [sector_of(graph, u) == s, sector_of(graph, v) == s]
            if inside[0] and inside[1]:
                sector_internal += 1
            elif inside[0] or inside[1]:
                sector_external += 1
        by_sector[s] = ratio(sector_external, sector_internal)

    by_person = {}
    for v in graph.nodes():
        person_external = 0
        person_internal = 0
        for u in graph.neighbors(v):
            if sector_of(graph, u) == sector_of(graph, v):
                person_internal += 1
            else:
                person_external += 1
        by_person[v] = ratio(person_external, person_internal)

    return {
        "network": ratio(external, internal),
        "external": external,
        "internal": internal,
        "bySector": by_sector,
        "byPerson": by_person,
    }


def mixing(graph):
    people = {}
    for v in graph.nodes():
        s = sector_of(graph, v)
        people[s] = people.get(s, 0) + 1
    cells = {}
    for u, v, data in graph.edges(data=True):
        a, b = sorted([sector_of(graph, u), sector_of(graph, v)])
        cell = cells.setdefault((a, b), {"a": a, "b": b, "ties": 0, "weights": []})
        cell["ties"] += 1
        cell["weights"].append(data.get("weight", 1))
    result = []
    for key in sorted(cells):
        cell = cells[key]
        # fsum and 12 decimals: Davis's projected weights differ in their last bits from run to
        # run (networkx sums over sets), and the committed file should not change with them.
        weight = round(math.fsum(cell["weights"]), 12)
        result.append({"a": cell["a"], "b": cell["b"], "ties": cell["ties"], "weight": weight})
    return {"people": people, "cells": result}


def main():
    values = {}
    for name, build in GRAPHS.items():
        graph = build()
        if graph.is_directed() or graph.is_multigraph():
            raise RuntimeError(f"{name}: expected a simple undirected graph")
        values[name] = {
            "brokerage": brokerage(graph),
            "participation": participation(graph),
            "ei": ei(graph),
            "mixing": mixing(graph),
        }
    path = os.path.join(HERE, "brokerage_reference.json")
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(values, handle, indent=1, allow_nan=False, ensure_ascii=False)
        handle.write("\n")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
