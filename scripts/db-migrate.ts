// npm run db:migrate — applies pending migrations and syncs reference data.
import { prepareDatabase } from "@/lib/db/prepare-database";
import { env } from "@/lib/env";

const { applied } = await prepareDatabase(env().DATABASE_URL);
console.log(applied.length ? `applied ${applied.join(", ")}` : "database schema is up to date");
