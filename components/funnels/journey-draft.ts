// What the journey form holds while the user types: the names, the industry
// and the steps, each step remembering which step it was (`from`) so the
// server can tell a move from a rename once the journey has imported data.
import type { JourneyListItem } from "@/lib/schemas/api/journeys";
import { MAX_JOURNEY_STEPS, type JourneyStepPatch } from "@/lib/schemas/api/journeys";
import type { Industry, JourneyRole, PlatformKey } from "@/lib/schemas/enums";

export interface StepDraft {
  /** stable React key while steps move */
  id: string;
  /** the step's position before the edit; null for a step added in the form */
  from: number | null;
  platformKey: PlatformKey;
  role: JourneyRole;
  nameZh: string;
  nameEn: string;
}

export interface JourneyDraft {
  nameZh: string;
  nameEn: string;
  industry: Industry | "";
  steps: StepDraft[];
}

let counter = 0;
const nextId = () => `step-${++counter}`;

export const blankStep = (platformKey: PlatformKey = "douyin", role: JourneyRole = "traffic"): StepDraft => ({ id: nextId(), from: null, platformKey, role, nameZh: "", nameEn: "" });

export const blankDraft = (): JourneyDraft => ({ nameZh: "", nameEn: "", industry: "", steps: [blankStep("douyin", "traffic"), blankStep("wechat_private", "retention")] });

/** The draft of a saved journey; a stored role the form does not know shows as "traffic" only if the user saves. */
export function draftOf(j: JourneyListItem): JourneyDraft {
  return {
    nameZh: j.nameZh,
    nameEn: j.nameEn,
    industry: (j.industry ?? "") as Industry | "",
    steps: j.steps.map((s) => ({ id: nextId(), from: s.position, platformKey: s.platformKey, role: s.role as JourneyRole, nameZh: s.nameZh, nameEn: s.nameEn })),
  };
}

/** The steps with `to` and `to`'s neighbour in `by` direction swapped; unchanged at the ends. */
export function moveStep(steps: StepDraft[], index: number, by: -1 | 1): StepDraft[] {
  const other = index + by;
  if (other < 0 || other >= steps.length) return steps;
  const out = [...steps];
  [out[index], out[other]] = [out[other]!, out[index]!];
  return out;
}

export const canAddStep = (steps: StepDraft[]) => steps.length < MAX_JOURNEY_STEPS;

/** The request body's steps (a new journey's have no `from`). */
export function stepsBody(steps: StepDraft[], withFrom: boolean): JourneyStepPatch[] {
  return steps.map((s) => ({ platformKey: s.platformKey, role: s.role, nameZh: s.nameZh, nameEn: s.nameEn, ...(withFrom ? { from: s.from } : {}) }));
}
