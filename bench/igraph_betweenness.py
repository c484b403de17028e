"""igraph's betweenness on an edge list, for bench/analysis.bench.ts.

    /usr/bin/python3 bench/igraph_betweenness.py EDGES N [VALUES_OUT]

EDGES has one "u v" pair of 0-based vertex numbers per line; N is the number of vertices.
Prints one JSON line: igraph's version and the seconds (wall and CPU) spent in
Graph.betweenness alone, i.e. without reading the file or building the graph. igraph's C
code runs single-threaded. With VALUES_OUT, also writes the values there (JSON list,
unnormalised: each unordered pair counted once) so the benchmark can check they agree.
"""

import json
import sys
import time

import igraph


def main():
    path, n = sys.argv[1], int(sys.argv[2])
    with open(path, encoding="ascii") as f:
        edges = [tuple(map(int, line.split())) for line in f if line.strip()]
    graph = igraph.Graph(n=n, edges=edges, directed=False)
    wall, cpu = time.perf_counter(), time.process_time()
    values = graph.betweenness(directed=False)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    if len(sys.argv) > 3:
        with open(sys.argv[3], "w", encoding="ascii") as f:
            json.dump(values, f)
    print(json.dumps({"igraph": igraph.__version__, "seconds": wall, "cpuSeconds": cpu}))


if __name__ == "__main__":
    main()
