import type { ReactNode } from "react";

interface CardProps {
  title: string;
  /** One paragraph for a coordinator: what this shows and why it matters. */
  explanation: ReactNode;
  testId: string;
  children: ReactNode;
  wide?: boolean;
}

/** A section of an analysis view: a title, what it means, then the findings. */
export function Card({ title, explanation, testId, children, wide = false }: CardProps) {
  return (
    <section className={wide ? "card analysis-card wide" : "card analysis-card"} data-testid={testId}>
      <h3>{title}</h3>
      <p className="explanation">{explanation}</p>
      {children}
    </section>
  );
}
