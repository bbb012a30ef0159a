/**
 * A pool worker: builds its context (settings, lexicons, detectors) once from the serialisable
 * ContextOptions it is started with, then runs tasks as they arrive, one at a time.
 */
import { parentPort, workerData } from "node:worker_threads";
import { createContext } from "../context.ts";
import type { StageTimings } from "../pipeline.ts";
import { runTask } from "./run-task.ts";
import type { ToWorker, FromWorker, WorkerData } from "./pool.ts";
import { asLines } from "./tasks.ts";

const port = parentPort;
if (!port) throw new Error("src/run/worker.ts runs inside a worker thread; use WorkerPool instead");

const { options, output } = workerData as WorkerData;
const ctx = createContext(options);
const timings: StageTimings = {};

port.on("message", async (msg: ToWorker) => {
  if (msg.type === "timings") {
    port.postMessage({ type: "timings", timings } satisfies FromWorker);
    return;
  }
  const result = await runTask(msg.task, ctx, timings);
  port.postMessage({ type: "result", seq: msg.seq, result: output === "lines" ? asLines(result) : result } satisfies FromWorker);
});
port.postMessage({ type: "ready" } satisfies FromWorker);
