/** Cleanup callbacks run in reverse registration order (LIFO), each isolated from the others' failures. */
export class Disposer {
  readonly #stack: { owner: string; fn: () => void | Promise<void> }[] = [];

  add(owner: string, fn: () => void | Promise<void>): void {
    this.#stack.push({ owner, fn });
  }

  /** Runs every callback, newest first; returns the failures instead of stopping at the first. */
  async disposeAll(): Promise<{ owner: string; error: unknown }[]> {
    const failures: { owner: string; error: unknown }[] = [];
    while (this.#stack.length > 0) {
      const { owner, fn } = this.#stack.pop()!;
      try {
        await fn();
      } catch (error) {
        failures.push({ owner, error });
      }
    }
    return failures;
  }
}
