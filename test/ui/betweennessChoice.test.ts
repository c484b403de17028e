import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { DEFAULT_SEED, EXACT_WORK_LIMIT } from "../../src/analysis/betweenness";
import { betweennessErrorBound } from "../../src/analysis/sampling";
import type { WeaverGraph } from "../../src/graph/buildNetwork";
import { describeBetweennessChoice, undirectedTieCount } from "../../src/ui/analysis/betweennessChoice";

const auto = { mode: "auto" as const, pivots: 500, seed: DEFAULT_SEED };

describe("describeBetweennessChoice", () => {
  it("says Automatic is exact on a community the size of the sample, and why", () => {
    const choice = describeBetweennessChoice(auto, 344, 3_218);
    expect(choice.summary).toBe("exact: 344 people");
    expect(choice.detail).toMatch(/344 people and 3,218 ties are few enough/);
  });

  it("says Automatic estimates on a very large network, with the error bound", () => {
    const n = 200_000;
    const m = 1_000_000;
    expect(n * (n + 2 * m)).toBeGreaterThan(EXACT_WORK_LIMIT);
    const choice = describeBetweennessChoice(auto, n, m);
    expect(choice.summary).toMatch(/^estimated from [\d,]+ of 200,000 people$/);
    const pivots = Number(choice.summary.match(/from ([\d,]+)/)![1]!.replace(/,/g, ""));
    const bound = betweennessErrorBound(n, pivots).toFixed(3);
    expect(choice.detail).toContain(`±${bound}`);
    expect(choice.detail).toMatch(/would take minutes/);
  });

  it("states the bound of a chosen sample, and exactness when the sample covers everyone", () => {
    const sampled = describeBetweennessChoice({ mode: "sampled", pivots: 100, seed: 1 }, 344, 3_218);
    expect(sampled.summary).toBe("estimated from 100 of 344 people");
    expect(sampled.detail).toContain(`±${betweennessErrorBound(344, 100).toFixed(3)}`);
    const everyone = describeBetweennessChoice({ mode: "sampled", pivots: 500, seed: 1 }, 344, 3_218);
    expect(everyone.summary).toBe("exact: 344 people");
    expect(everyone.detail).toMatch(/sample would include everyone/);
    expect(describeBetweennessChoice({ mode: "exact", pivots: 10, seed: 1 }, 5, 4).summary).toBe(
      "exact: 5 people",
    );
  });
});

describe("undirectedTieCount", () => {
  it("counts a pair of people once, whatever the direction of their interactions", () => {
    const directed = new Graph({ type: "directed" }) as unknown as WeaverGraph;
    directed.mergeEdge("a", "b");
    directed.mergeEdge("b", "a");
    directed.mergeEdge("b", "c");
    expect(undirectedTieCount(directed)).toBe(2);
    const undirected = new Graph({ type: "undirected" }) as unknown as WeaverGraph;
    undirected.mergeEdge("a", "b");
    expect(undirectedTieCount(undirected)).toBe(1);
  });
});
