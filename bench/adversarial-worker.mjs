// Runs one adversarial family in a worker thread, so the benchmark can stop it on a timeout.
// Posts {stage} before each stage, so a run that never ends names the stage it is stuck in.
import { register } from "tsx/esm/api";
register();
const { parentPort, workerData } = await import("node:worker_threads");
const { runFamily } = await import("./adversarial.ts");
parentPort.postMessage({ done: runFamily(workerData.family, workerData.unit, workerData.size, (stage) => parentPort.postMessage({ stage })) });
