// Feeds records to the writers chunk by chunk: the preview classifies them
// without writing, the commit classifies and writes.
import { now as clockNow } from "@/lib/clock";
import { RollupBuffer } from "@/lib/metrics/rollup-delta";
import type { Tally } from "./tally";
import type { ContentRecord, DailyRecord } from "./types";
import { applyContentChunk, CONTENT_CHUNK } from "./write-content-items";
import type { DailyColumns } from "./daily-columns";
import { applyDailyChunk, applyDailyColumns, DAILY_CHUNK, flushRollups, type AccountBook, type ChunkRollup, type Queryable } from "./write-daily-metrics";

/**
 * better-sqlite3 runs each statement synchronously and the adapter resolves
 * at once, so a long import would otherwise hold the event loop until it
 * ends; between chunks, other requests (and progress messages) get a turn.
 */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface RunMode {
  write: boolean;
  batchId: number | null;
  /** stop writing at the first rejected row (the commit will be rolled back) */
  stopOnError: boolean;
}

/** Feeds records to the writers chunk by chunk. */
export class Sink {
  private daily: DailyRecord[] = [];
  private posts: ContentRecord[] = [];
  private readonly now = clockNow();
  private readonly rollups = new RollupBuffer();

  constructor(
    private readonly q: Queryable,
    private readonly workspaceId: number,
    private readonly book: AccountBook,
    private readonly tally: Tally,
    private readonly mode: RunMode,
  ) {}

  private get writing(): boolean {
    return this.mode.write && !(this.mode.stopOnError && this.tally.errorsTotal > 0);
  }

  async addDaily(record: DailyRecord): Promise<void> {
    this.daily.push(record);
    if (this.daily.length >= DAILY_CHUNK) await this.flushDaily();
  }

  async addPost(record: ContentRecord): Promise<void> {
    this.posts.push(record);
    if (this.posts.length >= CONTENT_CHUNK) await this.flushPosts();
  }

  /** Applies records already packed (the canonical stream's chunks), with their rollup rows when the reader worked them out. */
  async addDailyColumns(columns: DailyColumns, rollup: ChunkRollup | null): Promise<void> {
    const c = await applyDailyColumns(this.q, { workspaceId: this.workspaceId, book: this.book, columns, rollup, write: this.writing, rollups: this.rollups, batchId: this.mode.batchId, now: this.now });
    this.tally.counts.inserted += c.inserted;
    this.tally.counts.updated += c.updated;
    this.tally.counts.unchanged += c.unchanged;
    await yieldToEventLoop();
  }

  async flushDaily(): Promise<void> {
    const records = this.daily;
    this.daily = [];
    const c = await applyDailyChunk(this.q, { workspaceId: this.workspaceId, book: this.book, records, write: this.writing, rollups: this.rollups, batchId: this.mode.batchId, now: this.now });
    this.tally.counts.inserted += c.inserted;
    this.tally.counts.updated += c.updated;
    this.tally.counts.unchanged += c.unchanged;
    await yieldToEventLoop();
  }

  async flushPosts(): Promise<void> {
    const records = this.posts;
    this.posts = [];
    const c = await applyContentChunk(this.q, { workspaceId: this.workspaceId, book: this.book, records, write: this.writing, batchId: this.mode.batchId });
    this.tally.counts.contentInserted += c.inserted;
    this.tally.counts.contentUpdated += c.updated;
    this.tally.counts.contentUnchanged += c.unchanged;
  }

  async finish(): Promise<void> {
    if (this.daily.length) await this.flushDaily();
    if (this.posts.length) await this.flushPosts();
    if (this.writing) await flushRollups(this.q, this.workspaceId, this.rollups);
  }
}
