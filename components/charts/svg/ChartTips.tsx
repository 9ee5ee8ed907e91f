"use client";

// The one bit of script a server-drawn chart needs: the tooltip of the datum
// under the pointer (or the finger), or chosen with the arrow keys once the
// chart has focus (announced in a live region). Each datum's group in the SVG
// names its tooltip in `data-tip`; the tooltips come drawn by the server as
// props and only the one shown is in the page, so a chart with many tooltips
// adds no hidden DOM to parse, lay out and hydrate. No charting library
// reaches the browser.
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from "react";

const GAP = 12;

interface Active {
  id: string;
  target: Element;
  announce: boolean;
}

export function ChartTips({
  children,
  tips,
  label,
  testId,
  className = "",
  style,
}: {
  children: ReactNode;
  /** tooltip per `data-tip` id */
  tips: Record<string, ReactNode>;
  /** the chart's accessible name */
  label: string;
  testId?: string;
  className?: string;
  style?: CSSProperties;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const tipRef = useRef<HTMLDivElement>(null);
  const liveRef = useRef<HTMLSpanElement>(null);
  const [active, setActive] = useState<Active | null>(null);

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const targets = () => [...root.querySelectorAll<Element>("[data-tip]")].filter((t) => t.getBoundingClientRect().width > 0);
    let index = -1;
    const show = (target: Element, announce: boolean) => setActive({ id: target.getAttribute("data-tip") ?? "", target, announce });

    const onOver = (event: PointerEvent) => {
      const target = (event.target as Element).closest("[data-tip]");
      if (!target || !root.contains(target)) return;
      index = targets().indexOf(target);
      show(target, false);
    };
    const onLeave = () => {
      if (document.activeElement !== root) setActive(null);
    };
    const onKey = (event: KeyboardEvent) => {
      const all = targets();
      if (all.length === 0) return;
      if (event.key === "ArrowRight" || event.key === "ArrowDown") index = Math.min(all.length - 1, index + 1);
      else if (event.key === "ArrowLeft" || event.key === "ArrowUp") index = Math.max(0, index - 1);
      else if (event.key === "Home") index = 0;
      else if (event.key === "End") index = all.length - 1;
      else if (event.key === "Escape") return setActive(null);
      else return;
      event.preventDefault();
      show(all[index]!, true);
    };
    const onFocus = () => {
      const all = targets();
      if (all.length === 0) return;
      index = Math.min(Math.max(0, index), all.length - 1);
      show(all[index]!, true);
    };
    const onBlur = () => setActive(null);
    root.addEventListener("pointerover", onOver);
    root.addEventListener("pointerleave", onLeave);
    root.addEventListener("keydown", onKey);
    root.addEventListener("focus", onFocus);
    root.addEventListener("blur", onBlur);
    return () => {
      root.removeEventListener("pointerover", onOver);
      root.removeEventListener("pointerleave", onLeave);
      root.removeEventListener("keydown", onKey);
      root.removeEventListener("focus", onFocus);
      root.removeEventListener("blur", onBlur);
    };
  }, []);

  // Place the tooltip beside its datum, inside the chart where it fits; hide the rows of lines hidden from the legend.
  useLayoutEffect(() => {
    const root = ref.current;
    const tip = tipRef.current;
    if (!root || !tip || !active) return;
    active.target.setAttribute("data-tip-active", "");
    tip.querySelectorAll<HTMLElement>("[data-line]").forEach((row) => {
      const line = root.querySelector<SVGElement>(`svg [data-line="${CSS.escape(row.dataset.line ?? "")}"]`);
      row.style.display = line?.style.display === "none" ? "none" : "";
    });
    const box = root.getBoundingClientRect();
    const at = (active.target.querySelector(".tip-bg") ?? active.target).getBoundingClientRect();
    const centre = at.left - box.left + at.width / 2;
    let left = centre + GAP;
    if (left + tip.offsetWidth > box.width) left = Math.max(0, Math.min(box.width - tip.offsetWidth, centre - GAP - tip.offsetWidth));
    tip.style.left = `${left}px`;
    tip.style.top = `${Math.max(0, at.top - box.top + at.height / 2 - tip.offsetHeight / 2)}px`;
    tip.style.visibility = "visible";
    if (active.announce && liveRef.current) liveRef.current.textContent = tip.innerText;
    return () => active.target.removeAttribute("data-tip-active");
  }, [active]);

  const content = active ? tips[active.id] : null;
  return (
    <div
      ref={ref}
      role="group"
      aria-label={label}
      tabIndex={0}
      data-testid={testId}
      style={style}
      className={`chart-tips relative w-full focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 ${className}`}
    >
      {children}
      {content && (
        <div ref={tipRef} key={active?.id} role="tooltip" className="pointer-events-none absolute top-0 left-0 z-10 w-max max-w-72" style={{ visibility: "hidden" }}>
          {content}
        </div>
      )}
      <span ref={liveRef} aria-live="polite" className="sr-only" />
    </div>
  );
}
