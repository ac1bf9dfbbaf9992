import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { FeatureWorker } from "./pool.js";
import { workersDisabled } from "./worker-health.js";

/** The built worker script next to this module, or undefined when running from .ts sources. */
export function workerScript(): URL | undefined {
  const url = new URL("./worker.js", import.meta.url);
  return url.protocol === "file:" && existsSync(fileURLToPath(url)) ? url : undefined;
}

let current: FeatureWorker | undefined;
/**
 * The shared worker, spawned on first use and again after the previous one exited, was given up or
 * retired; none after a worker failed to start (see giveUp).
 */
export function featureWorker(): FeatureWorker | undefined {
  if (workersDisabled()) return undefined;
  if (current?.alive) return current;
  const script = workerScript();
  if (script === undefined) return undefined;
  current = new FeatureWorker(script);
  return current;
}

/** Terminates the shared worker, if any (tests; a process exits without it since it is unref()ed). */
export async function terminateFeatureWorkers(): Promise<void> {
  const w = current;
  current = undefined;
  if (w !== undefined) await w.terminate();
}

/** The shared worker without spawning one (tests inspect or terminate it). */
export function currentFeatureWorker(): FeatureWorker | undefined {
  return current;
}
