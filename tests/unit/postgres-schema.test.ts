import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultPrismaPaths } from "@/lib/db/migrations";
import { postgresPrismaPaths } from "@/lib/db/postgres-migrations";
import { POSTGRES_SCHEMA_HEADER, postgresSchemaFrom } from "@/lib/db/postgres-schema";

const sqliteSchema = () => readFile(defaultPrismaPaths().schemaPath, "utf8");
const modelNames = (schema: string) => [...schema.matchAll(/^model (\w+) \{/gm)].map((m) => m[1]);

describe("the PostgreSQL twin of prisma/schema.prisma", () => {
  it("is checked in exactly as written from the SQLite schema (run npm run db:migration after changing it)", async () => {
    const checkedIn = await readFile(postgresPrismaPaths().schemaPath, "utf8");
    expect(checkedIn).toBe(postgresSchemaFrom(await sqliteSchema()));
  });

  it("has the same models and fields, another provider and another client", async () => {
    const sqlite = await sqliteSchema();
    const twin = postgresSchemaFrom(sqlite);
    expect(modelNames(twin)).toEqual(modelNames(sqlite));
    expect(modelNames(twin).length).toBeGreaterThan(20);
    const lines = (text: string) => text.split("\n").filter((l) => !/provider|output/.test(l));
    expect(lines(twin.slice(POSTGRES_SCHEMA_HEADER.length))).toEqual(lines(sqlite));
    expect(twin).toMatch(/datasource db \{\s*provider = "postgresql"/);
    expect(twin).toContain('output       = "../../lib/generated/prisma-postgres"');
  });

  it("refuses a schema that is not the SQLite one it expects", () => {
    expect(() => postgresSchemaFrom('datasource db {\n  provider = "mysql"\n}\n')).toThrow(/provider = "sqlite"/);
    expect(() => postgresSchemaFrom('generator client {\n  output = "elsewhere"\n}\ndatasource db {\n  provider = "sqlite"\n}\n')).toThrow(/generator client/);
  });

  it("has its own migration lock for postgresql", async () => {
    const lock = await readFile(path.join(postgresPrismaPaths().migrationsDir, "migration_lock.toml"), "utf8");
    expect(lock).toMatch(/^provider = "postgresql"$/m);
  });
});
