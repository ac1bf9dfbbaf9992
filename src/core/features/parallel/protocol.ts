/**
 * The handshake between the main thread and the features worker, through shared memory only: the
 * main thread is blocked in `Atomics.wait` while the worker runs, so it cannot take 'message' events.
 *
 * `ctl[STATE]` holds one word, `jobId << 3 | phase`, so the worker's claim of a job and the main
 * thread's cancellation of an unclaimed one are single compare-and-swaps on the same word: a job
 * message that arrives after its job was cancelled (or after a newer job was posted) finds another
 * word and is ignored.
 */

export const STATE = 0;
/** Set to 1 by the worker once its modules are loaded and it listens for jobs. */
export const READY = 1;
/** Bumped by the worker when it claims a job and after each kernel group: proof of life while it works. */
export const PROGRESS = 2;
/** Byte length of the error report in the error buffer. */
export const ERROR_BYTES = 3;
export const CONTROL_INTS = 4;

export const IDLE = 0;
export const POSTED = 1;
export const RUNNING = 2;
export const DONE = 3;
export const FAILED = 4;
export const CANCELLED = 5;

export const ERROR_BUFFER_BYTES = 16 * 1024;

export function word(jobId: number, phase: number): number {
  return (jobId << 3) | phase;
}

export function phaseOf(w: number): number {
  return w & 7;
}

/** Job ids cycle through 1 … 2^27 so `jobId << 3` stays a positive int32. */
export function nextJobId(id: number): number {
  return id >= 1 << 27 ? 1 : id + 1;
}

/** What the worker reports when a job fails: the error's code (if any) and message. */
export interface WorkerFailure {
  readonly code: string | undefined;
  readonly message: string;
}

/** Writes a failure report into the shared error buffer (truncated to fit) and returns its length. */
export function writeFailure(buf: Uint8Array, failure: WorkerFailure): number {
  let bytes = new TextEncoder().encode(JSON.stringify(failure));
  if (bytes.length > buf.length) {
    // A character takes at most 6 bytes in JSON (an escaped control character); 128 for the rest.
    const keep = Math.max(0, Math.floor((buf.length - 128) / 6));
    bytes = new TextEncoder().encode(JSON.stringify({ code: failure.code, message: failure.message.slice(0, keep) }));
  }
  buf.set(bytes);
  return bytes.length;
}

export function readFailure(buf: Uint8Array, length: number): WorkerFailure {
  // slice() copies into an ordinary buffer: TextDecoder does not take SAB-backed views everywhere.
  const parsed = JSON.parse(new TextDecoder().decode(buf.slice(0, length))) as Partial<WorkerFailure>;
  return { code: parsed.code, message: String(parsed.message) };
}
