"use client";

// Toggle buttons that hide and show a server-drawn chart's lines: they flip
// `display` on every element of the chart marked `data-line="<id>"` (the
// line, its dots and its row in each tooltip), with no re-render of the chart.
import { useEffect, useState } from "react";
import { LegendToggles, type LegendLine } from "../LegendToggles";

export function SeriesLegend({
  chartId,
  lines,
  labels,
  testId,
}: {
  /** data-testid of the chart these buttons act on */
  chartId: string;
  lines: LegendLine[];
  labels: { legend: string; showAll: string; hideAll: string };
  testId: string;
}) {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  useEffect(() => {
    const chart = document.querySelector(`[data-testid="${CSS.escape(chartId)}"]`);
    chart?.querySelectorAll<SVGElement | HTMLElement>("[data-line]").forEach((el) => {
      el.style.display = hidden.has(el.dataset.line ?? "") ? "none" : "";
    });
  }, [hidden, chartId]);
  return <LegendToggles lines={lines} hidden={hidden} onChange={setHidden} labels={labels} testId={testId} />;
}
