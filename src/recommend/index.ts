/**
 * Recommendations: introductions worth making and recruitment gaps, from a network and its
 * analysis. Pure and DOM-free, like the analysis: runs in a worker and in the CLI.
 */
import type { AbstractGraph, Attributes } from "graphology-types";
import type { NetworkAnalysis } from "../analysis/analyzeNetwork";
import { buildContext } from "./context";
import { findRecruitmentGaps, type Gap, type GapOptions } from "./gaps";
import { suggestIntroductions, type Introduction, type IntroductionOptions } from "./introductions";
import { rankRecruitmentCandidates, type RecruitmentCandidate, type RecruitmentOptions } from "./recruitment";
import { defaultTargets, type Target } from "./targets";

export { buildContext, sixMonthsBefore, type RecommendContext, type ContextOptions } from "./context";
export {
  DEFAULT_WEIGHTS,
  GOALS,
  GOAL_EXPLANATIONS,
  type Goal,
  type GoalParts,
  type GoalWeights,
} from "./goals";
export { suggestIntroductions, type Introduction, type IntroductionOptions } from "./introductions";
export {
  findRecruitmentGaps,
  GAP_KIND_EXPLANATIONS,
  type Gap,
  type GapKind,
  type GapDimension,
} from "./gaps";
export {
  rankRecruitmentCandidates,
  DEFAULT_RECRUITMENT_WEIGHTS,
  RECRUITMENT_EXPLANATIONS,
  type FilledGap,
  type RecruitmentCandidate,
  type RecruitmentOptions,
  type RecruitmentWeights,
} from "./recruitment";
export {
  defaultTargets,
  parseTargets,
  readTargetsCsv,
  type ParsedTargets,
  type Target,
  type TargetDimension,
  type TargetRow,
  type TargetTable,
} from "./targets";

export interface RecommendOptions {
  introductions?: Omit<IntroductionOptions, "context">;
  recruitment?: Omit<RecruitmentOptions, "context">;
  gaps?: Omit<GapOptions, "context">;
  /** ISO date: members who joined on or after it are newcomers. Default: 6 months before the last tie. */
  newcomerSince?: string;
}

export interface Recommendations {
  introductions: Introduction[];
  recruitment: { gaps: Gap[]; candidates: RecruitmentCandidate[] };
  /** The target frame used: the one given, or the defaults derived from the registry. */
  targets: Target[];
}

/** Everything at once, sharing one context: what the CLI's `introductions` and `recruitment` print. */
export function recommend<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  analysis: NetworkAnalysis,
  targets: Target[] | null = null,
  options: RecommendOptions = {},
): Recommendations {
  const context = buildContext(graph, analysis, { newcomerSince: options.newcomerSince });
  const frame = targets ?? defaultTargets(graph);
  const gaps = findRecruitmentGaps(graph, analysis, frame, { ...options.gaps, context });
  return {
    introductions: suggestIntroductions(graph, analysis, { ...options.introductions, context }),
    recruitment: {
      gaps,
      candidates: rankRecruitmentCandidates(graph, analysis, gaps, { ...options.recruitment, context }),
    },
    targets: frame,
  };
}
