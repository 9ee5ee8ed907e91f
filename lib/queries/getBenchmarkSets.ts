import type { Db } from "@/lib/db";

/** The sets a workspace can use: the built-in ones and its own, with their figures. */
export async function getBenchmarkSets(db: Db, params: { workspaceId: number }) {
  return db.benchmarkSet.findMany({
    where: { OR: [{ workspaceId: null }, { workspaceId: params.workspaceId }] },
    include: { benchmarks: { orderBy: [{ page: "asc" }, { key: "asc" }] } },
    orderBy: [{ builtIn: "desc" }, { key: "asc" }],
  });
}
