/**
 * What the accessibility test reads out of the page. Each exported function is handed to
 * `page.evaluate`, so it must be self-contained (Playwright sends its source, not its closure)
 * and must not eval (the app's Content-Security-Policy forbids it): the probes only collect
 * computed styles and geometry, and the judging happens in Node (./contrast).
 */

/** Everything a keyboard or screen-reader user can operate, plus the map's labelled picture. */
export const INTERACTIVE = [
  "button",
  "input:not([type=hidden])",
  "select",
  "textarea",
  "a[href]",
  "summary",
  "[role=tab]",
  "[role=button]",
  "[role=checkbox]",
  "[role=radio]",
  "[role=slider]",
  "[role=switch]",
  "[role=img]",
  "[tabindex]",
].join(", ");

/** A painted layer as the page reports it (./contrast turns the strings into numbers). */
export interface RawLayer {
  background: string;
  opacity: number;
}

export interface RawText {
  html: string;
  text: string;
  colour: string;
  fontSize: number;
  fontWeight: number;
  /** Outermost first, ending with the element that holds the text. */
  layers: RawLayer[];
  /** A background the probe could not read as a colour (an image or gradient) somewhere behind. */
  unreadable: string | null;
}

export interface RawControl {
  html: string;
  /** The control's surroundings, outermost first, without the control itself. */
  outside: RawLayer[];
  own: RawLayer;
  /** Border colours of the sides that are drawn (width > 0, style not none). */
  borders: string[];
  /** Form fields must show where to type; a button made of its text alone needs no edge. */
  field: boolean;
}

/**
 * Every visible text in the page with its colour and the backgrounds behind it, and every
 * enabled control with its border and surroundings. SVG text takes its fill as colour and the
 * shapes drawn under it (earlier in the same picture) as extra layers; canvases are skipped
 * (the map is a labelled picture).
 */
export function probeColours(): { texts: RawText[]; controls: RawControl[] } {
  const snippet = (element: Element) => element.outerHTML.replace(/\s+/g, " ").slice(0, 240);
  const layerOf = (element: Element): RawLayer => {
    const style = getComputedStyle(element);
    return { background: style.backgroundColor, opacity: Number(style.opacity) };
  };
  const chain = (element: Element | null): Element[] => {
    const elements: Element[] = [];
    for (let e = element; e; e = e.parentElement) elements.unshift(e);
    return elements;
  };
  const imageBehind = (elements: Element[]): string | null => {
    for (const e of elements) {
      const image = getComputedStyle(e).backgroundImage;
      if (image !== "none") return `${image} on ${snippet(e).slice(0, 80)}`;
    }
    return null;
  };
  // Visually hidden (clipped to a pixel for screen readers) counts as not shown.
  const clippedAway = (element: Element): boolean => {
    for (let e: Element | null = element; e; e = e.parentElement) {
      const rect = e.getBoundingClientRect();
      if (rect.width <= 1 && rect.height <= 1 && getComputedStyle(e).overflow !== "visible") return true;
    }
    return false;
  };
  const inactive = (element: Element): boolean => {
    const control = element.closest("button, input, select, textarea, fieldset, [aria-disabled]");
    if (control && (control.matches(":disabled") || control.getAttribute("aria-disabled") === "true")) {
      return true;
    }
    const label = element.closest("label");
    return Boolean(label?.control && label.control.matches(":disabled"));
  };
  const shown = (element: Element): boolean =>
    element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && !clippedAway(element);

  /** The shapes painted under an SVG text: earlier in the picture, their box around the text's centre. */
  const svgLayersUnder = (text: SVGElement): RawLayer[] => {
    const svg = text.ownerSVGElement;
    if (!svg) return [];
    const box = text.getBoundingClientRect();
    const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
    const layers: RawLayer[] = [];
    for (const shape of svg.querySelectorAll("rect, circle, ellipse, polygon, path")) {
      if (!(text.compareDocumentPosition(shape) & Node.DOCUMENT_POSITION_PRECEDING)) continue;
      if (shape.closest("defs, clipPath, mask, marker, pattern")) continue;
      const rect = shape.getBoundingClientRect();
      if (x < rect.left || x > rect.right || y < rect.top || y > rect.bottom) continue;
      const style = getComputedStyle(shape);
      if (style.fill === "none" || style.fill.startsWith("url")) continue;
      // fill-opacity fades the fill alone, so it goes into the colour's alpha.
      const fill = style.fill.replace(/^rgb\((.*)\)$/, `rgba($1, ${Number(style.fillOpacity)})`);
      layers.push({ background: fill, opacity: Number(style.opacity) });
    }
    return layers;
  };

  const texts: RawText[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const holder = node.parentElement;
    if (!holder || !node.textContent?.trim()) continue;
    if (holder.closest("script, style, option, title, noscript, canvas")) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.width < 1 || box.height < 1 || !shown(holder) || inactive(holder)) continue;
    const style = getComputedStyle(holder);
    const svgText = holder instanceof SVGElement ? holder : null;
    const htmlBase = svgText?.ownerSVGElement ?? holder;
    const elements = chain(htmlBase);
    const layers = elements.map(layerOf);
    if (svgText) {
      // The SVG elements between the picture and the text fade it with their opacity.
      for (let e: Element | null = svgText; e && e !== svgText.ownerSVGElement; e = e.parentElement) {
        const opacity = Number(getComputedStyle(e).opacity);
        if (opacity < 1) layers.push({ background: "transparent", opacity });
      }
      layers.push(...svgLayersUnder(svgText));
    }
    let colour = style.color;
    if (svgText) {
      colour = style.fill.replace(/^rgb\((.*)\)$/, `rgba($1, ${Number(style.fillOpacity)})`);
    }
    texts.push({
      html: snippet(holder),
      text: node.textContent.trim().slice(0, 60),
      colour,
      fontSize: parseFloat(style.fontSize),
      fontWeight: Number(style.fontWeight),
      layers,
      unreadable: imageBehind(elements),
    });
  }

  // What is typed or chosen in a field is text too, drawn by the field itself.
  const fields =
    "select, textarea, input:not([type=hidden], [type=checkbox], [type=radio], [type=range], [type=file], [type=color])";
  for (const field of document.querySelectorAll<HTMLElement>(fields)) {
    if (!shown(field) || inactive(field)) continue;
    const value =
      field instanceof HTMLSelectElement ? field.selectedOptions[0]?.text : (field as HTMLInputElement).value;
    const placeholder = field.getAttribute("placeholder");
    const elements = chain(field);
    const base = {
      fontSize: parseFloat(getComputedStyle(field).fontSize),
      fontWeight: Number(getComputedStyle(field).fontWeight),
    };
    if (value) {
      texts.push({
        html: snippet(field),
        text: value.slice(0, 60),
        colour: getComputedStyle(field).color,
        ...base,
        layers: elements.map(layerOf),
        unreadable: null,
      });
    } else if (placeholder) {
      texts.push({
        html: snippet(field),
        text: `placeholder: ${placeholder}`,
        colour: getComputedStyle(field, "::placeholder").color,
        ...base,
        layers: elements.map(layerOf),
        unreadable: null,
      });
    }
  }

  const controls: RawControl[] = [];
  const edged =
    "button, select, textarea, input:not([type=hidden], [type=checkbox], [type=radio], [type=range], [type=file], [type=color])";
  for (const control of document.querySelectorAll<HTMLElement>(edged)) {
    if (!shown(control) || inactive(control) || control === document.activeElement) continue;
    const style = getComputedStyle(control);
    const borders: string[] = [];
    for (const side of ["top", "right", "bottom", "left"]) {
      const width = parseFloat(style.getPropertyValue(`border-${side}-width`));
      const kind = style.getPropertyValue(`border-${side}-style`);
      if (width > 0 && kind !== "none" && kind !== "hidden")
        borders.push(style.getPropertyValue(`border-${side}-color`));
    }
    controls.push({
      html: snippet(control),
      outside: chain(control.parentElement).map(layerOf),
      own: layerOf(control),
      borders,
      field: !control.matches("button"),
    });
  }
  return { texts, controls };
}

/** The styles that can show focus, to compare focused and unfocused. */
export interface FocusLook {
  outline: string;
  boxShadow: string;
  border: string;
  background: string;
  textDecoration: string;
}

declare global {
  interface Window {
    __keyboardProbe?: {
      expected: Element[];
      reached: Element[];
      looks: Map<Element, FocusLook>;
      listener: (event: FocusEvent) => void;
    };
  }
}

/**
 * Starts a Tab walk from the top of the page: lists the visible, enabled controls that should
 * be in the tab order (a roving group such as a tab list or a radio group counts through its
 * one stop), records every element focus lands on and how it looked while focused, and puts
 * the focus start point before the first element.
 */
export function startKeyboardProbe(selector: string): number {
  const lookOf = (element: Element): FocusLook => {
    // A visually hidden input shows its focus on its label (the file chooser, for one).
    const input = element as HTMLInputElement;
    const rect = element.getBoundingClientRect();
    const target = rect.width <= 1 && rect.height <= 1 && input.labels?.[0] ? input.labels[0] : element;
    const s = getComputedStyle(target);
    return {
      outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
      boxShadow: s.boxShadow,
      border: s.borderColor,
      background: s.backgroundColor,
      textDecoration: s.textDecorationLine,
    };
  };
  const previous = window.__keyboardProbe;
  if (previous) document.removeEventListener("focusin", previous.listener, true);
  const expected = [...document.querySelectorAll<HTMLElement>(selector)].filter((element) => {
    if (!element.checkVisibility({ visibilityProperty: true }) || element.matches(":disabled")) return false;
    if (element.closest("[inert]") || element.tabIndex < 0) return false;
    if (element instanceof HTMLInputElement && element.type === "radio") {
      const group = document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${element.name}"]`);
      const checked = [...group].find((radio) => radio.checked);
      return checked ? checked === element : group[0] === element;
    }
    // A picture is labelled, not operated.
    return !element.matches("[role=img]:not([tabindex])");
  });
  const probe = {
    expected,
    reached: [] as Element[],
    looks: new Map<Element, FocusLook>(),
    listener: (event: FocusEvent) => {
      const target = event.target as Element;
      // The body takes focus only when the walk starts or leaves the page at the end.
      if (target === document.body) return;
      probe.reached.push(target);
      if (!probe.looks.has(target)) probe.looks.set(target, lookOf(target));
    },
  };
  window.__keyboardProbe = probe;
  document.addEventListener("focusin", probe.listener, true);
  (document.activeElement as HTMLElement | null)?.blur();
  // Focusing the body (made focusable for a moment) moves the sequential focus start to the top.
  window.scrollTo(0, 0);
  document.body.tabIndex = -1;
  document.body.focus();
  document.body.removeAttribute("tabindex");
  return expected.length;
}

/** Whether the walk has come round: the first element reached has been reached again. */
export function keyboardProbeLapped(): boolean {
  const probe = window.__keyboardProbe!;
  const [first, ...rest] = probe.reached;
  return first !== undefined && rest.includes(first);
}

export interface KeyboardFindings {
  reached: number;
  expected: number;
  /** Controls Tab never reached. */
  unreached: string[];
  /** Controls that looked the same focused and unfocused. */
  invisibleFocus: string[];
}

/** The end of a Tab walk: what was never reached, and where focus could not be seen. */
export function finishKeyboardProbe(): KeyboardFindings {
  const probe = window.__keyboardProbe!;
  document.removeEventListener("focusin", probe.listener, true);
  (document.activeElement as HTMLElement | null)?.blur();
  const snippet = (element: Element) => element.outerHTML.replace(/\s+/g, " ").slice(0, 240);
  const lookOf = (element: Element): string => {
    const input = element as HTMLInputElement;
    const rect = element.getBoundingClientRect();
    const target = rect.width <= 1 && rect.height <= 1 && input.labels?.[0] ? input.labels[0] : element;
    const s = getComputedStyle(target);
    return JSON.stringify({
      outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
      boxShadow: s.boxShadow,
      border: s.borderColor,
      background: s.backgroundColor,
      textDecoration: s.textDecorationLine,
    });
  };
  const reached = new Set(probe.reached);
  const invisibleFocus: string[] = [];
  for (const [element, focused] of probe.looks) {
    if (!element.isConnected || element === document.body) continue;
    if (lookOf(element) === JSON.stringify(focused)) invisibleFocus.push(snippet(element));
  }
  return {
    reached: reached.size,
    expected: probe.expected.length,
    unreached: probe.expected.filter((element) => !reached.has(element)).map(snippet),
    invisibleFocus,
  };
}
