import type { Goal } from "../../recommend";

/** One colour per goal, the same in the sliders' keys and in each suggestion's bar. */
export const GOAL_COLORS: Record<Goal, string> = {
  plausibility: "#1F4E79",
  crossSector: "#D55E00",
  resilience: "#009E73",
  inclusion: "#CC79A7",
  bridging: "#6A3D9A",
};
