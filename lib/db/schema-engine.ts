// Prisma's schema engine compiled to WebAssembly, driven through a driver
// adapter: better-sqlite3 for a SQLite file, pg for PostgreSQL. The native engine is a binary Prisma downloads on
// first use, which machines without access to its host cannot do; the wasm
// build ships on npm and applies the same migrations, recorded in the same
// `_prisma_migrations` table, so `prisma migrate deploy` accepts the result.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

type WasmBindings = typeof import("@prisma/schema-engine-wasm") & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

let bindings: Promise<WasmBindings> | undefined;

// The package is built for bundlers (it imports the .wasm file as a module),
// so instantiate the module by hand and hand its exports to the JS glue.
function loadBindings(): Promise<WasmBindings> {
  bindings ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const glue = (await import(pathToFileURL(gluePath).href)) as WasmBindings;
    const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return bindings;
}

export interface SchemaFile {
  path: string;
  content: string;
}

export interface EngineHandle {
  engine: SchemaEngine;
  dispose(): Promise<void>;
}

/** Opens a schema engine on the SQLite file at `sqlitePath`. */
export function openSchemaEngine(sqlitePath: string, schema: SchemaFile): Promise<EngineHandle> {
  return openWith(new PrismaBetterSqlite3({ url: `file:${sqlitePath}` }), schema);
}

/** Opens a schema engine on the PostgreSQL database at `url` (`postgresql://…`); it connects at once. */
export function openPostgresSchemaEngine(url: string, schema: SchemaFile): Promise<EngineHandle> {
  const inner = new PrismaPg({ connectionString: url });
  return openWith(
    {
      provider: inner.provider,
      adapterName: inner.adapterName,
      connect: async () => runScriptsWhole(readCharAsText(await inner.connect())),
      connectToShadowDb: async () => runScriptsWhole(readCharAsText(await inner.connectToShadowDb())),
    },
    schema,
  );
}

/**
 * The pg adapter runs a migration script by splitting it at every `;`, which
 * breaks a `;` inside a string, a comment or a function body. PostgreSQL
 * takes the whole script as one simple query instead (its statements then
 * commit or fail together), as Prisma's native engine sends it.
 */
function runScriptsWhole<T extends object>(adapter: T): T {
  const target = adapter as unknown as {
    executeScript?: (script: string) => Promise<void>;
    underlyingDriver?: () => { query(text: string): Promise<unknown> };
    onError?: (error: unknown) => never;
  };
  if (!target.executeScript || !target.underlyingDriver || !target.onError) throw new Error("runScriptsWhole: the pg adapter changed shape (was it upgraded?)");
  const driver = target.underlyingDriver.call(adapter);
  const onError = target.onError.bind(adapter);
  target.executeScript = async (script) => {
    try {
      await driver.query(script);
    } catch (error) {
      onError(error);
    }
  };
  return adapter;
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * The engine describes a PostgreSQL database from pg_catalog, whose flag
 * columns (relkind, contype, …) have the one-byte type "char". The pg adapter
 * maps no column type for it and fails the describe ("Column type 'char'
 * could not be deserialized"); pg hands such a value over as a string, so
 * the result says text instead. Only the schema engine's connections get
 * this; the migration tests fail at once if an upgrade moves performIO.
 */
function readCharAsText<T extends object>(queryable: T): T {
  const target = queryable as unknown as {
    performIO?: (query: unknown) => Promise<{ fields: { dataTypeID: number }[] }>;
    startTransaction?: (isolation?: unknown) => Promise<object>;
  };
  const performIO = target.performIO?.bind(queryable);
  if (!performIO) throw new Error("readCharAsText: the pg adapter has no performIO (was it upgraded?)");
  target.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    return result;
  };
  const startTransaction = target.startTransaction?.bind(queryable);
  if (startTransaction) target.startTransaction = async (isolation) => readCharAsText(await startTransaction(isolation));
  return queryable;
}

async function openWith(inner: SqlMigrationAwareDriverAdapterFactory, schema: SchemaFile): Promise<EngineHandle> {
  const wasm = await loadBindings();
  // The engine never closes the connections it opens; track them so that
  // dispose() releases them (an open SQLite file keeps its lock, an open
  // PostgreSQL pool keeps the process alive).
  const opened: { dispose(): Promise<void> }[] = [];
  const tracking: SqlMigrationAwareDriverAdapterFactory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => track(await inner.connect()),
    connectToShadowDb: async () => track(await inner.connectToShadowDb()),
  };
  function track<T extends { dispose(): Promise<void> }>(adapter: T): T {
    opened.push(adapter);
    return adapter;
  }
  const engine = await wasm.SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(tracking),
  );
  return {
    engine,
    async dispose() {
      engine.free();
      await Promise.all(opened.map((adapter) => adapter.dispose()));
    },
  };
}
