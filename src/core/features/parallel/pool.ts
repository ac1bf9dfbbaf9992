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
import { disableWorkers } from "./worker-health.js";

/** How long the main thread waits for signs of life before it gives the worker up. */
export interface WaitLimits {
  /** From spawning until the worker has loaded its modules. */
  readonly startupMs: number;
  /** Without progress (a claimed job, a finished kernel group) once the worker is loaded. */
  readonly stallMs: number;
  /** New shared memory sent to one worker before it is retired (RETIRE_AFTER_BYTES by default). */
  readonly retireAfterBytes?: number;
}

export const DEFAULT_LIMITS: WaitLimits = Object.freeze({ startupMs: 10_000, stallMs: 20_000 });

/**
 * New shared memory handed to one worker before it is retired. An idle worker allocates nothing, so
 * its heap never collects the job messages it was sent, and every SharedArrayBuffer they reference
 * stays alive after the main thread dropped it; a fresh worker starts with none (about 60 ms).
 */
export const RETIRE_AFTER_BYTES = 512 * 1024 * 1024;

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
  private readonly spawnedAt = performance.now();
  private jobId = 0;
  /** Shared buffers already sent (counted once each) and their bytes, for RETIRE_AFTER_BYTES. */
  private readonly sent = new WeakSet<ArrayBufferLike>();
  private sentBytes = 0;
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
    try {
      this.worker.postMessage({ ...job, id });
    } catch (e) {
      Atomics.store(this.ctl, STATE, word(id, IDLE));
      throw e;
    }
    this.count(job);
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
    const outcome = this.wait(id, limits);
    if (this.sentBytes >= (limits.retireAfterBytes ?? RETIRE_AFTER_BYTES)) void this.terminate();
    return outcome;
  }

  private count(job: Omit<WorkerJob, "id">): void {
    const columns = [...Object.values(job.source.bars), ...Object.values(job.source.labels), ...job.outs];
    for (const c of columns) {
      if (this.sent.has(c.buffer)) continue;
      this.sent.add(c.buffer);
      this.sentBytes += c.buffer.byteLength;
    }
  }

  private wait(id: number, limits: WaitLimits): JobOutcome {
    const ctl = this.ctl;
    let progress = Atomics.load(ctl, PROGRESS);
    let lastSign = performance.now();
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
      // Monotonic: a clock step or a suspend must not read as a silent worker.
      const now = performance.now();
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
    if (unclaimed === word(id, POSTED)) {
      // A worker that never loaded (a broken build, a foreign worker.js) would cost every later large
      // batch the whole startup wait: stay on one thread for the rest of the process instead.
      if (Atomics.load(this.ctl, READY) !== 1) disableWorkers(silentFor);
      return "unclaimed";
    }
    throw new SessionkitError(
      "SK_FEATURE_WORKER_LOST",
      `features worker: no sign of life for ${Math.round(silentFor)} ms while computing a job; it was terminated.`,
      { value: silentFor, hint: "set SESSIONKIT_THREADS=1 to compute on the main thread only" },
    );
  }

  terminate(): Promise<number> {
    this.alive = false;
    return this.worker.terminate();
  }
}

export { currentFeatureWorker, featureWorker, terminateFeatureWorkers, workerScript } from "./shared-worker.js";
