// Prisma's schema engine compiled to WebAssembly, driven through the
// better-sqlite3 adapter. The native engine is a binary Prisma downloads on
// first use, which machines without access to its host cannot do; the wasm
// build ships on npm and applies the same migrations, recorded in the same
// `_prisma_migrations` table, so `prisma migrate deploy` accepts the result.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
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
export async function openSchemaEngine(sqlitePath: string, schema: SchemaFile): Promise<EngineHandle> {
  const wasm = await loadBindings();
  // The engine never closes the connections it opens; track them so that
  // dispose() releases the file (an open one keeps SQLite's lock).
  const inner = new PrismaBetterSqlite3({ url: `file:${sqlitePath}` });
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
