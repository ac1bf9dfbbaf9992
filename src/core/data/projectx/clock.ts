/** Time source and sleeper, injected so tests never wait real time for rate limits or backoff. */
export interface ClientClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: ClientClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
