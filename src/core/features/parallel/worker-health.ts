// Whether this process may spawn a features worker: not after one failed to start (pool.ts giveUp).
let disabled = false;

/** Keeps feature batches on one thread for the rest of the process, with one warning. */
export function disableWorkers(silentFor: number): void {
  if (disabled) return;
  disabled = true;
  process.emitWarning(
    `the features worker thread did not start within ${Math.round(silentFor)} ms; feature batches stay on one thread in this process`,
    { code: "SK_FEATURE_WORKER_LOST" },
  );
}

export function workersDisabled(): boolean {
  return disabled;
}

/** Lets workers be spawned again after a startup failure (tests). */
export function enableFeatureWorkers(): void {
  disabled = false;
}
