/**
 * Running tasks on N worker threads with results in input order.
 *
 * - `jobs` workers, each built once with the same serialisable ContextOptions (so lexicons and
 *   detectors load once per worker); `jobs: 1` runs in the calling thread with no worker at all.
 * - Results come out in the order the tasks went in, whatever finishes first: a reorder buffer
 *   keyed by sequence number, bounded by a window of tasks in flight so memory stays flat.
 * - A worker that dies turns its task into an "internal" error record and is replaced.
 */
import { availableParallelism } from "node:os";
import { Worker, type ResourceLimits } from "node:worker_threads";
import type { Context, ContextOptions } from "../context.ts";
import type { ExtractResult } from "../index.ts";
import type { StageTimings } from "../pipeline.ts";
import { asLines, taskId, type AnyResult, type LinesResult, type Output, type Task } from "./tasks.ts";
import { internalError } from "./internal-error.ts";

/**
 * The pipeline (lexicons, language tables: about 0.3 GB of peak memory and a second of start-up
 * per thread) is loaded only where articles are analysed: in each worker, or in the main thread
 * for `--jobs 1`. A pool's main thread only reads, orders and writes.
 */
const loadPipeline = async () => {
  const [{ createContext }, { runTask }] = await Promise.all([import("../context.ts"), import("./run-task.ts")]);
  return { createContext, runTask };
};

/** what a worker is started with */
export interface WorkerData {
  options: ContextOptions;
  output: Output;
}

export type ToWorker = { type: "task"; seq: number; task: Task } | { type: "timings" };
export type FromWorker =
  | { type: "ready" }
  | { type: "result"; seq: number; result: AnyResult }
  | { type: "timings"; timings: StageTimings };

export interface Runner<R extends AnyResult = ExtractResult> {
  /** Runs every task; yields one result per task, in task order. */
  map(tasks: Iterable<Task> | AsyncIterable<Task>): AsyncGenerator<R>;
  /** Milliseconds per stage, summed over every worker. */
  timings(): Promise<StageTimings>;
  close(): Promise<void>;
}

export interface RunnerOptions {
  jobs?: number;
  /** passed whole to every worker, which builds its context with createContext(options) */
  options?: ContextOptions;
  /** tasks in flight per worker (sent but not yet written); bounds memory */
  windowPerJob?: number;
  /** heap limits of each worker: an article that exhausts them becomes an error record */
  resourceLimits?: ResourceLimits;
  /**
   * without resourceLimits: the old-generation cap (MB) of each worker, after which it collects
   * (default WORKER_OLD_GENERATION_MB); an article that exhausts it is run again on a worker of
   * its own with no cap, so the output never depends on the cap
   */
  heapCapMb?: number;
  /**
   * "records" (default): article records; "lines": each article already serialised by the thread
   * that analysed it (ArticleLines), so the main thread of a pool only copies strings and writes
   */
  output?: Output;
}

export const defaultJobs = (): number => availableParallelism();

export function createRunner(o: RunnerOptions & { output: "lines" }): Runner<LinesResult>;
export function createRunner(o?: RunnerOptions & { output?: "records" }): Runner<ExtractResult>;
export function createRunner(o: RunnerOptions = {}): Runner<AnyResult> {
  const { jobs = defaultJobs(), options = {}, windowPerJob = 8, resourceLimits, output = "records", heapCapMb } = o;
  if (jobs <= 1) return new InlineRunner(options, output);
  return new WorkerPool(jobs, options, windowPerJob, resourceLimits, output, heapCapMb);
}

/** `--jobs 1`: the same tasks, run one after the other in this thread. */
class InlineRunner implements Runner<AnyResult> {
  private ctx: Context | null = null;
  private readonly stageMs: StageTimings = {};
  constructor(
    private readonly options: ContextOptions,
    private readonly output: Output,
  ) {}
  async *map(tasks: Iterable<Task> | AsyncIterable<Task>): AsyncGenerator<AnyResult> {
    const { createContext, runTask } = await loadPipeline();
    this.ctx ??= createContext(this.options);
    for await (const task of tasks) {
      const result = await runTask(task, this.ctx, this.stageMs);
      yield this.output === "lines" ? asLines(result) : result;
    }
  }
  async timings(): Promise<StageTimings> {
    return { ...this.stageMs };
  }
  async close(): Promise<void> {}
}

/**
 * The old-generation cap of a worker (MB) when the caller sets no limits: what one worker may
 * hold (a limit of ~4 GB from the machine's memory otherwise). How far a heap grows between
 * collections is set for every thread by src/v8-tuning.ts (30 % over its live data). The cap was
 * first brought in to shrink V8's own growth factor (about 4 with a 4 GB limit, 1.6 with 1 GB),
 * which the flag now sets. A 5 MB article (the default --max-bytes) needs 256-320 MB; one that
 * needs more than the cap is run again alone on an uncapped worker (see runAlone), so the cap
 * never changes the output.
 */
export const WORKER_OLD_GENERATION_MB = 1024;
/**
 * The young generation of a worker (MB). A worker's default is half the main thread's, so the
 * same articles took ~275 scavenges in two workers against ~187 in the main thread of --jobs 1
 * (each scavenge copies the article in progress). At 64 MB the workers scavenged as often as the
 * main thread, but V8 commits a semi-space's pages only as it grows them, so the run's peak RSS
 * kept climbing for thousands of articles (12,000 fr, --jobs 2: 468-471 MB); at 32 MB it peaks at
 * 383-401 MB with the same speed (warm --jobs 2 on 4,000 articles, three alternated rounds:
 * 2.48-2.98 s against 2.72-2.77 s at 64 MB).
 */
export const WORKER_YOUNG_GENERATION_MB = 32;

/** tasks sent ahead to each worker: one running, one waiting */
const TASKS_PER_WORKER = 2;

/**
 * A worker's first module. Run from the TypeScript sources (tsx, vitest), a worker must register
 * the TypeScript loader first (worker-entry.mjs); compiled (dist/, see bin/compiled.mjs), this
 * file is pool.js and the worker loads worker.js itself.
 */
const WORKER_ENTRY = import.meta.url.endsWith(".ts") ? new URL("./worker-entry.mjs", import.meta.url) : new URL("./worker.js", import.meta.url);

interface Slot {
  worker: Worker;
  /** tasks sent and not yet answered, oldest first */
  inFlight: { seq: number; task: Task }[];
  /** the worker loaded its modules and built its context */
  ready: boolean;
}

/** A pool of `jobs` workers; R is ExtractResult for output "records", LinesResult for "lines". */
export class WorkerPool<R extends AnyResult = ExtractResult> implements Runner<R> {
  private readonly slots: Slot[] = [];
  private readonly queue: { seq: number; task: Task }[] = [];
  private readonly done = new Map<number, AnyResult>();
  private wake: (() => void) | null = null;
  private closed = false;
  private fatal: unknown = null;
  /** workers started for one article each (see runAlone) */
  private readonly alone = new Set<Worker>();
  private readonly limits: ResourceLimits;
  /** true when the limits are our soft cap (not the caller's): an article that exhausts them is retried uncapped */
  private readonly capIsSoft: boolean;

  constructor(
    readonly jobs: number,
    private readonly options: ContextOptions,
    private readonly windowPerJob: number,
    resourceLimits?: ResourceLimits,
    private readonly output: Output = "records",
    heapCapMb = WORKER_OLD_GENERATION_MB,
  ) {
    this.capIsSoft = resourceLimits === undefined;
    this.limits = resourceLimits ?? { maxOldGenerationSizeMb: heapCapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
    for (let i = 0; i < jobs; i++) this.slots.push(this.spawn());
  }

  private newWorker(resourceLimits: ResourceLimits | undefined): Worker {
    const workerData: WorkerData = { options: this.options, output: this.output };
    return new Worker(WORKER_ENTRY, { workerData, resourceLimits });
  }

  private spawn(): Slot {
    const worker = this.newWorker(this.limits);
    const slot: Slot = { worker, inFlight: [], ready: false };
    worker.on("message", (msg: FromWorker) => {
      if (msg.type === "ready") slot.ready = true;
      if (msg.type !== "result") return;
      // file reads are asynchronous, so a worker may answer its two tasks in either order
      const i = slot.inFlight.findIndex((t) => t.seq === msg.seq);
      if (i >= 0) slot.inFlight.splice(i, 1);
      this.finish(msg.seq, msg.result);
    });
    worker.on("error", (err) => this.lost(slot, err));
    worker.on("exit", (code) => {
      if (!this.closed) this.lost(slot, new Error(`worker exited with code ${code}`));
    });
    return slot;
  }

  /** A worker died: its task becomes an error record, and a fresh worker takes its place. */
  private lost(slot: Slot, err: unknown): void {
    const i = this.slots.indexOf(slot);
    if (i < 0 || this.closed) return;
    slot.worker.removeAllListeners();
    if (!slot.ready) {
      // a worker that cannot even start (e.g. a module fails to load) would fail again: stop the run
      this.fatal = new Error(`a worker thread could not start: ${err instanceof Error ? err.message : String(err)}`);
      this.notify();
      return;
    }
    void slot.worker.terminate();
    const replacement = this.spawn();
    this.slots[i] = replacement;
    // the oldest task was most likely the one running when the worker died; the others go to other workers
    const [running, ...waiting] = slot.inFlight;
    this.queue.unshift(...waiting);
    if (!running) this.dispatch();
    else if (this.capIsSoft && isOutOfMemory(err)) this.runAlone(running);
    else this.finish(running.seq, errorResult(running.task, err));
  }

  /**
   * Runs one task on a worker of its own with no heap cap, which ends after it: for an article
   * that exhausted the soft cap, so that it gets the heap it would have with --jobs 1. The
   * other workers go on meanwhile; results still come out in order.
   */
  private runAlone(item: { seq: number; task: Task }): void {
    const worker = this.newWorker(undefined);
    this.alone.add(worker);
    let settled = false;
    const settle = (result: AnyResult) => {
      if (settled) return;
      settled = true;
      this.alone.delete(worker);
      worker.removeAllListeners();
      void worker.terminate();
      if (!this.closed) this.finish(item.seq, result);
    };
    worker.on("message", (msg: FromWorker) => {
      if (msg.type === "result") settle(msg.result);
    });
    worker.on("error", (err) => settle(errorResult(item.task, err)));
    worker.on("exit", (code) => settle(errorResult(item.task, new Error(`worker exited with code ${code}`))));
    worker.postMessage({ type: "task", seq: item.seq, task: item.task } satisfies ToWorker);
  }

  private finish(seq: number, result: AnyResult): void {
    this.done.set(seq, result);
    this.dispatch();
    this.notify();
  }

  private notify(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
  }

  private dispatch(): void {
    // fill the least loaded worker first; each holds up to TASKS_PER_WORKER so it never waits
    // for the main thread between two articles
    for (let load = 0; load < TASKS_PER_WORKER; load++)
      for (const slot of this.slots) {
        if (slot.inFlight.length > load) continue;
        const item = this.queue.shift();
        if (!item) return;
        slot.inFlight.push(item);
        slot.worker.postMessage({ type: "task", seq: item.seq, task: item.task } satisfies ToWorker);
      }
  }

  private sleep(): Promise<void> {
    return new Promise((r) => (this.wake = r));
  }

  async *map(tasks: Iterable<Task> | AsyncIterable<Task>): AsyncGenerator<R> {
    const window = this.jobs * this.windowPerJob;
    let sent = 0;
    let written = 0;
    let fed = false;
    let feedError: unknown = null;
    let windowOpen: (() => void) | null = null;
    let stopped = false;
    const feed = async () => {
      try {
        for await (const task of tasks) {
          while (sent - written >= window && !stopped) await new Promise<void>((r) => (windowOpen = r));
          if (stopped) break;
          const seq = sent++;
          if (task.kind === "known") this.finish(seq, this.output === "lines" ? asLines(task.result) : task.result);
          else this.queue.push({ seq, task });
          this.dispatch();
        }
      } catch (err) {
        feedError = err;
      }
      fed = true;
      this.notify();
    };
    void feed();
    try {
      for (;;) {
        if (this.fatal) throw this.fatal;
        const result = this.done.get(written);
        if (result) {
          this.done.delete(written);
          written++;
          const w = windowOpen as (() => void) | null;
          windowOpen = null;
          w?.();
          yield result as R;
          continue;
        }
        if (fed && written === sent) break;
        if (feedError) throw feedError;
        await this.sleep();
      }
    } finally {
      // the consumer stopped (done, or an error while writing): let the feeder stop too
      stopped = true;
      const w = windowOpen as (() => void) | null;
      w?.();
    }
  }

  async timings(): Promise<StageTimings> {
    const all = await Promise.all(
      this.slots.map(
        (slot) =>
          new Promise<StageTimings>((resolve) => {
            const onMessage = (msg: FromWorker) => {
              if (msg.type !== "timings") return;
              slot.worker.off("message", onMessage);
              resolve(msg.timings);
            };
            slot.worker.on("message", onMessage);
            slot.worker.postMessage({ type: "timings" } satisfies ToWorker);
          }),
      ),
    );
    const sum: StageTimings = {};
    for (const t of all) for (const [k, v] of Object.entries(t)) sum[k] = (sum[k] ?? 0) + v;
    return sum;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.slots.map((s) => s.worker.terminate()), ...[...this.alone].map((w) => w.terminate())]);
  }
}

const errorResult = (task: Task, err: unknown): AnyResult => ({ kind: "error", error: internalError(taskId(task), err) });

/** a worker stopped by V8 for reaching its heap limits */
const isOutOfMemory = (err: unknown): boolean => (err as { code?: string } | null)?.code === "ERR_WORKER_OUT_OF_MEMORY";
