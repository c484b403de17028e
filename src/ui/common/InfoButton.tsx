import { useEffect, useId, useLayoutEffect, useRef, useState, type MouseEvent } from "react";
import { createPortal } from "react-dom";
import { placePopover } from "./popoverPosition";

export interface Explained {
  label: string;
  explanation: string;
  reading?: string;
  definition?: string;
}

/**
 * A small "i" next to a measure's name that opens its plain-language explanation. The
 * popover is drawn over everything (a table's scroll area would clip it) and closes on
 * Escape, on a click elsewhere, or when the page scrolls.
 */
export function InfoButton({ item }: { item: Explained }) {
  const [open, setOpen] = useState(false);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const id = useId();

  useLayoutEffect(() => {
    if (!open || !button.current || !popover.current) return;
    const anchor = button.current.getBoundingClientRect();
    const size = popover.current.getBoundingClientRect();
    setPosition(placePopover(anchor, size, { width: window.innerWidth, height: window.innerHeight }));
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const close = () => setOpen(false);
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      close();
      button.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!popover.current?.contains(target) && !button.current?.contains(target)) close();
    };
    const onScroll = (event: Event) => {
      if (!popover.current?.contains(event.target as Node)) close();
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    window.addEventListener("scroll", onScroll, true);
    window.addEventListener("resize", close);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
      window.removeEventListener("scroll", onScroll, true);
      window.removeEventListener("resize", close);
    };
  }, [open]);

  const toggle = (event: MouseEvent) => {
    // Inside a sortable header: explaining a column must not also sort by it.
    event.stopPropagation();
    setPosition(null);
    setOpen((value) => !value);
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        className="info-button"
        aria-label={`What is ${item.label}?`}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        title={item.explanation}
        onClick={toggle}
      >
        i
      </button>
      {open &&
        createPortal(
          <div
            ref={popover}
            id={id}
            role="dialog"
            aria-label={item.label}
            className={position ? "info-popover" : "info-popover measuring"}
            style={position ?? undefined}
          >
            <p className="info-title">{item.label}</p>
            <p>{item.explanation}</p>
            {item.reading && <p className="muted">{item.reading}</p>}
            {item.definition && <p className="info-definition">For analysts: {item.definition}</p>}
          </div>,
          document.body,
        )}
    </>
  );
}
