// What the /benchmarks page hands its components: each figure already worded
// in the page's language (components never decide values or wording).
import type { BenchmarkSetKind } from "@/lib/schemas/enums";
import type { InputKind, ValueKind } from "./format";

export interface FigureView {
  key: string;
  /** what it measures, in the page's language */
  label: string;
  /** the report's sentence (Chinese) or, in English, the scope */
  detail: string;
  value: number;
  valueText: string;
  valueKind: ValueKind;
  inputKind: InputKind;
  /** what the edit field's value is counted in, shown after it ("%", "days"); null for ROI (shown as 1:N) */
  inputUnit: string | null;
  /** "higher is better", … */
  directionText: string;
  judged: boolean;
  platformText: string | null;
  pageText: string | null;
  ambiguous: boolean;
  note: string | null;
}

export interface SetView {
  id: number;
  key: string;
  name: string;
  nameZh: string;
  nameEn: string;
  kind: BenchmarkSetKind;
  source: string;
  builtIn: boolean;
  active: boolean;
}
