import type { ReactNode } from "react";

/** A tooltip drawn on the server, hidden until ChartTips shows it beside its datum (`data-tip` names its id). */
export function Tip({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={id} hidden role="tooltip" className="pointer-events-none absolute z-10 w-max max-w-72">
      {children}
    </div>
  );
}
