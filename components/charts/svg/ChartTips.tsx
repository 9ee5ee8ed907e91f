"use client";

// The one bit of script a server-drawn chart needs: the tooltip of the datum
// under the pointer (or the finger), or chosen with the arrow keys once the
// chart has focus. The tooltips themselves are drawn on the server, hidden,
// beside the SVG (`<div id=… hidden>`); each datum's group names its tooltip
// in `data-tip`. No charting library reaches the browser.
import { useEffect, useRef, type CSSProperties, type ReactNode } from "react";

const GAP = 12;

export function ChartTips({
  children,
  label,
  testId,
  className = "",
  style,
}: {
  children: ReactNode;
  /** the chart's accessible name */
  label: string;
  testId?: string;
  className?: string;
  style?: CSSProperties;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const live = root.querySelector<HTMLElement>("[data-tip-live]");
    const targets = () => [...root.querySelectorAll<Element>("[data-tip]")].filter((t) => (t as SVGGraphicsElement).getBoundingClientRect().width > 0);
    let shown: HTMLElement | null = null;
    let active: Element | null = null;
    let index = -1;

    const hide = () => {
      if (shown) shown.hidden = true;
      active?.removeAttribute("data-tip-active");
      shown = null;
      active = null;
    };
    const show = (target: Element, announce: boolean) => {
      const tip = root.querySelector<HTMLElement>(`#${CSS.escape(target.getAttribute("data-tip") ?? "")}`);
      if (!tip) return;
      hide();
      tip.hidden = false;
      shown = tip;
      active = target;
      target.setAttribute("data-tip-active", "");
      const box = root.getBoundingClientRect();
      const at = (target.querySelector(".tip-bg") ?? target).getBoundingClientRect();
      const centre = at.left - box.left + at.width / 2;
      let left = centre + GAP;
      if (left + tip.offsetWidth > box.width) left = Math.max(0, Math.min(box.width - tip.offsetWidth, centre - GAP - tip.offsetWidth));
      const top = Math.max(0, at.top - box.top + at.height / 2 - tip.offsetHeight / 2);
      tip.style.left = `${left}px`;
      tip.style.top = `${top}px`;
      if (announce && live) live.textContent = tip.textContent;
    };

    const onOver = (event: PointerEvent) => {
      const target = (event.target as Element).closest("[data-tip]");
      if (!target || !root.contains(target) || target === active) return;
      index = targets().indexOf(target);
      show(target, false);
    };
    const onLeave = () => {
      if (document.activeElement !== root) hide();
    };
    const onKey = (event: KeyboardEvent) => {
      const all = targets();
      if (all.length === 0) return;
      if (event.key === "ArrowRight" || event.key === "ArrowDown") index = Math.min(all.length - 1, index + 1);
      else if (event.key === "ArrowLeft" || event.key === "ArrowUp") index = Math.max(0, index - 1);
      else if (event.key === "Home") index = 0;
      else if (event.key === "End") index = all.length - 1;
      else if (event.key === "Escape") return hide();
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
    root.addEventListener("pointerover", onOver);
    root.addEventListener("pointerleave", onLeave);
    root.addEventListener("keydown", onKey);
    root.addEventListener("focus", onFocus);
    root.addEventListener("blur", hide);
    return () => {
      root.removeEventListener("pointerover", onOver);
      root.removeEventListener("pointerleave", onLeave);
      root.removeEventListener("keydown", onKey);
      root.removeEventListener("focus", onFocus);
      root.removeEventListener("blur", hide);
    };
  }, []);

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
      <span data-tip-live aria-live="polite" className="sr-only" />
    </div>
  );
}
