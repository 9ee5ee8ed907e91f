// Command-line flags shared by db:seed and db:reset.
import { isDay, isoDayOfWeek } from "@/lib/metrics/periods";

export interface SeedArgs {
  ifEmpty: boolean;
  endDay?: string;
  /** the instant the demo data ends before (its last complete week); the browser tests pass the day they pin */
  now?: Date;
}

const USAGE = "expected --if-empty, --end-day YYYY-MM-DD or --now <ISO instant>";

export function parseSeedArgs(argv: readonly string[]): SeedArgs {
  const args: SeedArgs = { ifEmpty: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? "";
    const value = () => (arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[++i]);
    if (arg === "--if-empty") args.ifEmpty = true;
    else if (arg === "--end-day" || arg.startsWith("--end-day=")) {
      const day = value();
      if (!day || !isDay(day) || isoDayOfWeek(day) !== 7) {
        throw new Error(`--end-day needs a Sunday as YYYY-MM-DD (the last day of a complete week), got ${day ?? "nothing"}`);
      }
      args.endDay = day;
    } else if (arg === "--now" || arg.startsWith("--now=")) {
      const instant = value();
      const at = instant && /^\d{4}-\d{2}-\d{2}T/.test(instant) ? new Date(instant) : null;
      if (!at || Number.isNaN(at.getTime())) throw new Error(`--now needs an ISO instant such as 2026-11-25T04:00:00Z, got ${instant ?? "nothing"}`);
      args.now = at;
    } else throw new Error(`unknown argument ${arg}; ${USAGE}`);
  }
  if (args.endDay && args.now) throw new Error("give --end-day or --now, not both");
  return args;
}
