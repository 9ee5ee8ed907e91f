// The PostgreSQL data model is written from the SQLite one, never by hand:
// prisma/schema.prisma is the one source of truth. The models carry no
// native types and store enumerations as text, so the two differ only in the
// datasource's provider and in where the generator writes its client
// (Prisma's client is compiled for one provider).
import path from "node:path";

export const POSTGRES_SCHEMA_HEADER =
  "// Written by `npm run db:migration` from prisma/schema.prisma; do not edit.\n" +
  "// The PostgreSQL twin of that file: same models, another provider and client.\n\n";

const SQLITE_PROVIDER = /(datasource db \{\s*provider\s*=\s*)"sqlite"/;
const CLIENT_OUTPUT = /(generator client \{[^}]*?output\s*=\s*)"\.\.\/lib\/generated\/prisma"/;

/** Where the PostgreSQL twin of prisma/ lives, relative to the project root. */
export const POSTGRES_PRISMA_DIR = path.join("prisma", "postgres");

/** prisma/postgres/schema.prisma's text for the text of prisma/schema.prisma. */
export function postgresSchemaFrom(sqliteSchema: string): string {
  if (!SQLITE_PROVIDER.test(sqliteSchema)) throw new Error('postgresSchemaFrom: no `datasource db { provider = "sqlite" }` in the schema');
  if (!CLIENT_OUTPUT.test(sqliteSchema)) throw new Error('postgresSchemaFrom: no generator client with output "../lib/generated/prisma" in the schema');
  const body = sqliteSchema.replace(SQLITE_PROVIDER, '$1"postgresql"').replace(CLIENT_OUTPUT, '$1"../../lib/generated/prisma-postgres"');
  return POSTGRES_SCHEMA_HEADER + body;
}
