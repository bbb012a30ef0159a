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
import { Worker } from "node:worker_threads";
import { createContext, type ContextOptions } from "../context.ts";
import { internalError, type ExtractResult } from "../index.ts";
import type { StageTimings } from "../pipeline.ts";
import { runTask, taskId, type Task } from "./tasks.ts";

export type ToWorker = { type: "task"; seq: number; task: Task } | { type: "timings" };
export type FromWorker =
  | { type: "ready" }
  | { type: "result"; seq: number; result: ExtractResult }
  | { type: "timings"; timings: StageTimings };

export interface Runner {
  /** Runs every task; yields one result per task, in task order. */
  map(tasks: Iterable<Task> | AsyncIterable<Task>): AsyncGenerator<ExtractResult>;
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
}

export const defaultJobs = (): number => availableParallelism();

export function createRunner({ jobs = defaultJobs(), options = {}, windowPerJob = 8 }: RunnerOptions = {}): Runner {
  return jobs <= 1 ? new InlineRunner(options) : new WorkerPool(jobs, options, windowPerJob);
}

/** `--jobs 1`: the same tasks, run one after the other in this thread. */
class InlineRunner implements Runner {
  private readonly ctx;
  private readonly stageMs: StageTimings = {};
  constructor(options: ContextOptions) {
    this.ctx = createContext(options);
  }
  async *map(tasks: Iterable<Task> | AsyncIterable<Task>): AsyncGenerator<ExtractResult> {
    for await (const task of tasks) yield await runTask(task, this.ctx, this.stageMs);
  }
  async timings(): Promise<StageTimings> {
    return { ...this.stageMs };
  }
  async close(): Promise<void> {}
}

const WORKER_ENTRY = new URL("./worker-entry.mjs", import.meta.url);

interface Slot {
  worker: Worker;
  busy: { seq: number; task: Task } | null;
  /** the worker loaded its modules and built its context */
  ready: boolean;
}

export class WorkerPool implements Runner {
  private readonly slots: Slot[] = [];
  private readonly queue: { seq: number; task: Task }[] = [];
  private readonly done = new Map<number, ExtractResult>();
  private wake: (() => void) | null = null;
  private closed = false;
  private fatal: unknown = null;

  constructor(
    readonly jobs: number,
    private readonly options: ContextOptions,
    private readonly windowPerJob: number,
  ) {
    for (let i = 0; i < jobs; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_ENTRY, { workerData: { options: this.options } });
    const slot: Slot = { worker, busy: null, ready: false };
    worker.on("message", (msg: FromWorker) => {
      if (msg.type === "ready") slot.ready = true;
      if (msg.type !== "result") return;
      slot.busy = null;
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
    if (slot.busy) {
      this.finish(slot.busy.seq, { kind: "error", error: internalError(taskId(slot.busy.task), err) });
    }
  }

  private finish(seq: number, result: ExtractResult): void {
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
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const item = this.queue.shift();
      if (!item) return;
      slot.busy = item;
      slot.worker.postMessage({ type: "task", seq: item.seq, task: item.task } satisfies ToWorker);
    }
  }

  private sleep(): Promise<void> {
    return new Promise((r) => (this.wake = r));
  }

  async *map(tasks: Iterable<Task> | AsyncIterable<Task>): AsyncGenerator<ExtractResult> {
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
          if (task.kind === "known") this.finish(seq, task.result);
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
          yield result;
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
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
