// Command-line flags shared by db:seed and db:reset.
import { isDay, isoDayOfWeek } from "@/lib/metrics/periods";

export interface SeedArgs {
  ifEmpty: boolean;
  endDay?: string;
}

export function parseSeedArgs(argv: readonly string[]): SeedArgs {
  const args: SeedArgs = { ifEmpty: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? "";
    if (arg === "--if-empty") args.ifEmpty = true;
    else if (arg === "--end-day" || arg.startsWith("--end-day=")) {
      const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[++i];
      if (!value || !isDay(value) || isoDayOfWeek(value) !== 7) {
        throw new Error(`--end-day needs a Sunday as YYYY-MM-DD (the last day of a complete week), got ${value ?? "nothing"}`);
      }
      args.endDay = value;
    } else throw new Error(`unknown argument ${arg}; expected --if-empty or --end-day YYYY-MM-DD`);
  }
  return args;
}
