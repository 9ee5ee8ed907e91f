// npm run db:seed [-- --if-empty] [-- --end-day YYYY-MM-DD | --now <ISO instant>]
// Prepares the database, then loads the demo workspace. With --if-empty it
// leaves any database that already has a workspace alone (the start script
// runs it that way); without it, the demo workspace is replaced.
import { createDb } from "@/lib/db";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { parseSeedArgs } from "@/lib/demo/seed-args";
import { describeSeedResult, seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import { env } from "@/lib/env";

async function main(): Promise<void> {
  const started = performance.now();
  const args = parseSeedArgs(process.argv.slice(2));
  const url = env().DATABASE_URL;
  await prepareDatabase(url);
  const db = createDb(url);
  try {
    const result = await seedDemoWorkspace(db, { ifEmpty: args.ifEmpty, endDay: args.endDay, now: args.now });
    for (const line of describeSeedResult(result)) console.log(line);
    console.log(`db:seed done in ${Math.round(performance.now() - started)} ms`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`db:seed failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
