/**
 * The features worker thread: rebuilds each job's features from their keys through the default
 * registry (built-in families only), computes them with the same single-thread code as the main
 * thread, and reports through shared memory (see protocol.ts).
 */
import { parentPort, workerData } from "node:worker_threads";
import { createFeatureRegistry } from "../default-registry.js";
import { computeColumnsSerial } from "../feature-set.js";
import { DONE, ERROR_BYTES, FAILED, POSTED, PROGRESS, READY, RUNNING, STATE, word, writeFailure } from "./protocol.js";
import { rebuildSource, type WorkerJob } from "./transfer.js";

const { ctl, errors } = workerData as { ctl: Int32Array; errors: Uint8Array };
const registry = createFeatureRegistry();

function runJob(job: WorkerJob): void {
  const posted = word(job.id, POSTED);
  // Claim the job; a job the main thread cancelled (or superseded) finds another word and is skipped.
  if (Atomics.compareExchange(ctl, STATE, posted, word(job.id, RUNNING)) !== posted) return;
  Atomics.add(ctl, PROGRESS, 1);
  let phase = DONE;
  try {
    const defs = job.keys.map((key) => registry.resolve(key));
    computeColumnsSerial(rebuildSource(job.source), defs, [...job.outs], () => Atomics.add(ctl, PROGRESS, 1));
  } catch (e) {
    // Anything may be thrown, null included: read it without assuming an object.
    const thrown = (typeof e === "object" && e !== null ? e : {}) as { code?: unknown; message?: unknown };
    const code = typeof thrown.code === "string" ? thrown.code : undefined;
    const message = typeof thrown.message === "string" ? thrown.message : String(e);
    Atomics.store(ctl, ERROR_BYTES, writeFailure(errors, { code, message }));
    phase = FAILED;
  }
  Atomics.store(ctl, STATE, word(job.id, phase));
  Atomics.notify(ctl, STATE);
}

parentPort!.on("message", runJob);
Atomics.store(ctl, READY, 1);
Atomics.notify(ctl, READY);
