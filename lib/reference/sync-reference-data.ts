// Brings the global reference tables (platform catalogue, built-in benchmark
// set) in line with the code. Idempotent; runs after every migration.
import type { Db } from "@/lib/db";
import { PLATFORM_KEYS } from "@/lib/schemas/enums";
import { BUILT_IN_BENCHMARK_SET_KEY, builtInBenchmarks } from "./benchmark-report";
import { PLATFORMS } from "./platforms";

export async function syncReferenceData(db: Db): Promise<void> {
  const { source, benchmarks } = builtInBenchmarks();
  await db.$transaction(async (tx) => {
    for (const [sortOrder, key] of PLATFORM_KEYS.entries()) {
      const { nameZh, nameEn, kind, domain } = PLATFORMS[key];
      const data = { nameZh, nameEn, kind, domain, sortOrder };
      await tx.platform.upsert({ where: { key }, create: { key, ...data }, update: data });
    }
    const setData = { nameZh: "2026社交媒体运营报告", nameEn: "2026 social-media report", source, builtIn: true };
    const set = await tx.benchmarkSet.upsert({
      where: { key: BUILT_IN_BENCHMARK_SET_KEY },
      create: { key: BUILT_IN_BENCHMARK_SET_KEY, ...setData },
      update: setData,
    });
    for (const { key, ...data } of benchmarks) {
      await tx.benchmark.upsert({
        where: { setId_key: { setId: set.id, key } },
        create: { setId: set.id, key, ...data },
        update: data,
      });
    }
    await tx.benchmark.deleteMany({ where: { setId: set.id, key: { notIn: benchmarks.map((b) => b.key) } } });
  });
}
