import type { ReactNode } from "react";

interface ChartProps {
  width: number;
  height: number;
  /** What the picture shows, in a sentence: read by screen readers and shown as a tooltip. */
  label: string;
  className: string;
  testId?: string;
  children: ReactNode;
}

/** An SVG picture that scales down with its container and describes itself. */
export function Chart({ width, height, label, className, testId, children }: ChartProps) {
  return (
    <svg
      className={`chart ${className}`}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={label}
      data-testid={testId}
    >
      <title>{label}</title>
      {children}
    </svg>
  );
}
