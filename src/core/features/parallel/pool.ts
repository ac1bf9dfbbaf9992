import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { SessionkitError } from "../../errors/index.js";
import {
  CANCELLED,
  CONTROL_INTS,
  DONE,
  ERROR_BUFFER_BYTES,
  ERROR_BYTES,
  FAILED,
  IDLE,
  nextJobId,
  POSTED,
  PROGRESS,
  phaseOf,
  READY,
  RUNNING,
  readFailure,
  STATE,
  word,
} from "./protocol.js";
import type { WorkerJob } from "./transfer.js";

/** How long the main thread waits for signs of life before it gives the worker up. */
export interface WaitLimits {
  /** From spawning until the worker has loaded its modules. */
  readonly startupMs: number;
  /** Without progress (a claimed job, a finished kernel group) once the worker is loaded. */
  readonly stallMs: number;
}

export const DEFAULT_LIMITS: WaitLimits = Object.freeze({ startupMs: 60_000, stallMs: 20_000 });

/** Poll interval of the wait loop: Atomics.wait returns early as soon as the worker notifies. */
const SLICE_MS = 25;

/** What became of a job: done by the worker, or never claimed (the caller computes it itself). */
export type JobOutcome = "done" | "unclaimed";

/**
 * One persistent worker thread computing feature columns for a blocked main thread. Spawned
 * unref()ed, so it never keeps a process alive. `run` is synchronous: it posts the job, runs the main
 * thread's own share, then waits on shared memory.
 */
export class FeatureWorker {
  readonly worker: Worker;
  private readonly ctl: Int32Array;
  private readonly errors: Uint8Array;
  private readonly spawnedAt = Date.now();
  private jobId = 0;
  /** False once the worker exited or was given up; the pool then spawns a new one. */
  alive = true;

  constructor(script: URL) {
    this.ctl = new Int32Array(new SharedArrayBuffer(CONTROL_INTS * Int32Array.BYTES_PER_ELEMENT));
    this.errors = new Uint8Array(new SharedArrayBuffer(ERROR_BUFFER_BYTES));
    this.worker = new Worker(script, {
      workerData: { ctl: this.ctl, errors: this.errors },
      // The worker loads built JavaScript only; the parent's loader or test-runner flags do not apply.
      execArgv: [],
      stdout: false,
      stderr: false,
    });
    this.worker.unref();
    // Without a listener an uncaught error in the worker would be rethrown on the main thread.
    this.worker.on("error", () => {
      this.alive = false;
    });
    this.worker.on("exit", () => {
      this.alive = false;
    });
  }

  /** The phase of the current job (protocol.ts: IDLE, POSTED, RUNNING, …). */
  get phase(): number {
    return phaseOf(Atomics.load(this.ctl, STATE));
  }

  /** True while a job is posted or running (a re-entrant call must not post a second one). */
  get busy(): boolean {
    const phase = phaseOf(Atomics.load(this.ctl, STATE));
    return phase === POSTED || phase === RUNNING;
  }

  /**
   * Posts `job` (without its id: assigned here), calls `own()` meanwhile, and waits for the worker.
   * Returns "unclaimed" when the worker never claimed the job within the limits (it is then given up
   * and the job cancelled, so the caller can compute it safely); a worker that claimed the job and
   * then fell silent, or failed, throws.
   */
  run(job: Omit<WorkerJob, "id">, own: () => void, limits: WaitLimits = DEFAULT_LIMITS): JobOutcome {
    this.jobId = nextJobId(this.jobId);
    const id = this.jobId;
    Atomics.store(this.ctl, STATE, word(id, POSTED));
    this.worker.postMessage({ ...job, id });
    try {
      own();
    } catch (e) {
      // The worker's job is still posted: wait for it before the caller reuses the buffers; the
      // main thread's own error is the one to report.
      try {
        this.wait(id, limits);
      } catch {}
      throw e;
    }
    return this.wait(id, limits);
  }

  private wait(id: number, limits: WaitLimits): JobOutcome {
    const ctl = this.ctl;
    let progress = Atomics.load(ctl, PROGRESS);
    let lastSign = Date.now();
    for (;;) {
      const w = Atomics.load(ctl, STATE);
      const phase = phaseOf(w);
      if (phase === DONE) {
        Atomics.store(ctl, STATE, word(id, IDLE));
        return "done";
      }
      if (phase === FAILED) {
        const failure = readFailure(this.errors, Atomics.load(ctl, ERROR_BYTES));
        Atomics.store(ctl, STATE, word(id, IDLE));
        throw new SessionkitError("SK_FEATURE_WORKER_FAILED", `features worker: ${failure.message}`, {
          ...(failure.code === undefined ? {} : { value: failure.code }),
          details: [`the worker thread's error${failure.code === undefined ? "" : ` (${failure.code})`}`],
        });
      }
      if (Atomics.wait(ctl, STATE, w, SLICE_MS) !== "timed-out") continue;
      const now = Date.now();
      const seen = Atomics.load(ctl, PROGRESS);
      if (seen !== progress) {
        progress = seen;
        lastSign = now;
        continue;
      }
      const ready = Atomics.load(ctl, READY) === 1;
      const silentFor = now - (ready ? lastSign : this.spawnedAt);
      if (silentFor < (ready ? limits.stallMs : limits.startupMs) && this.alive) continue;
      return this.giveUp(id, silentFor);
    }
  }

  /** The worker fell silent: cancel the job if it was never claimed, else report it lost. */
  private giveUp(id: number, silentFor: number): JobOutcome {
    const unclaimed = Atomics.compareExchange(this.ctl, STATE, word(id, POSTED), word(id, CANCELLED));
    this.alive = false;
    void this.worker.terminate();
    if (unclaimed === word(id, POSTED)) return "unclaimed";
    throw new SessionkitError(
      "SK_FEATURE_WORKER_LOST",
      `features worker: no sign of life for ${silentFor} ms while computing a job; it was terminated.`,
      { value: silentFor, hint: "set SESSIONKIT_THREADS=1 to compute on the main thread only" },
    );
  }

  terminate(): Promise<number> {
    this.alive = false;
    return this.worker.terminate();
  }
}

/** The built worker script next to this module, or undefined when running from .ts sources. */
export function workerScript(): URL | undefined {
  const url = new URL("./worker.js", import.meta.url);
  return url.protocol === "file:" && existsSync(fileURLToPath(url)) ? url : undefined;
}

let current: FeatureWorker | undefined;

/** The shared worker, spawned on first use and again after the previous one exited or was given up. */
export function featureWorker(): FeatureWorker | undefined {
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
