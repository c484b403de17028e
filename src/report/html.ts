/**
 * A tagged template for writing HTML in which every interpolated value is escaped unless it
 * is itself the output of `html`: imported names cannot become markup by accident, because
 * the only way to insert raw markup is to build it with this same template.
 */
import { escapeMarkup } from "./markup";

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = string | number | Html | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeMarkup(value as string | number);
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new Html(out);
}

/** Markup the caller vouches for (constant strings of this module's own code only). */
export function trusted(markup: string): Html {
  return new Html(markup);
}
