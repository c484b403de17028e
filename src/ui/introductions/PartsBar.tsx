import { GOALS, GOAL_EXPLANATIONS, type GoalParts } from "../../recommend";
import { GOAL_COLORS } from "./goalColors";

const BAR_WIDTH = 14;
const GAP = 4;
const HEIGHT = 30;

/** The five parts of a suggestion's score, each in [0, 1], as five small bars in the goals' colours. */
export function PartsBar({ parts }: { parts: GoalParts }) {
  const words = GOALS.map((g) => `${GOAL_EXPLANATIONS[g].label} ${Math.round(parts[g] * 100)}%`).join(", ");
  const width = GOALS.length * (BAR_WIDTH + GAP) - GAP;
  return (
    <svg
      className="parts-bar"
      width={width}
      height={HEIGHT}
      viewBox={`0 0 ${width} ${HEIGHT}`}
      role="img"
      aria-label={`Parts of the score: ${words}`}
      data-testid="parts-bar"
    >
      {GOALS.map((goal, i) => {
        const value = Math.max(0, Math.min(1, parts[goal]));
        const h = Math.max(1, value * HEIGHT);
        return (
          <g key={goal} data-goal={goal} data-value={parts[goal]}>
            <title>{`${GOAL_EXPLANATIONS[goal].label}: ${Math.round(value * 100)}%`}</title>
            <rect className="part-track" x={i * (BAR_WIDTH + GAP)} y={0} width={BAR_WIDTH} height={HEIGHT} />
            <rect
              x={i * (BAR_WIDTH + GAP)}
              y={HEIGHT - h}
              width={BAR_WIDTH}
              height={h}
              fill={GOAL_COLORS[goal]}
            />
          </g>
        );
      })}
    </svg>
  );
}
