import { mkdirSync } from "node:fs";
import { createToken } from "../di/token.js";
import { SessionkitError } from "../errors/index.js";
import type { ParamSchemaRegistry } from "./registry.js";
import { ParamsRuntime, type ParamsRuntimeOptions } from "./runtime/params-runtime.js";
import type { RejectedEvent } from "./runtime/provider.js";

/**
 * A bot's parameters: the schema registry strategy plugins fill during setup, and the live runtime
 * (provider chain, cached frozen lookups, scheduled and on-change reloads) opened on first use.
 */
export interface ParamsService {
  readonly registry: ParamSchemaRegistry;
  /** The runtime after its initial load; single-flight, so every caller gets the same one. */
  runtime(): Promise<ParamsRuntime>;
  /** Opens the runtime and starts hourly/on-change reloads (live mode). */
  startReloading(): Promise<ParamsRuntime>;
  close(): void;
}

export const ParamsToken = createToken<ParamsService>("Params");

export interface ParamsServiceOptions extends Omit<ParamsRuntimeOptions, "events"> {
  readonly events: NonNullable<ParamsRuntimeOptions["events"]>;
  /** "fail": an invalid file at the initial load stops the bot; "keep-previous": keep last-known-good. */
  readonly onInvalid: "keep-previous" | "fail";
}

export function createParamsService(opts: ParamsServiceOptions): ParamsService {
  let opening: Promise<ParamsRuntime> | undefined;
  let opened: ParamsRuntime | undefined;
  let closed = false;
  const open = async () => {
    // Rejections during the initial load decide "fail"; later ones are only reported.
    const rejected: RejectedEvent[] = [];
    let initial = true;
    const events = {
      ...opts.events,
      onRejected: (e: RejectedEvent) => {
        if (initial) rejected.push(e);
        opts.events.onRejected(e);
      },
    };
    const rt = await ParamsRuntime.create({ ...opts, events });
    initial = false;
    const first = rejected[0];
    if (opts.onInvalid === "fail" && first) {
      rt.close();
      throw new SessionkitError("SK_PARAMS_INVALID", `${first.strategy}: ${first.message}`, {
        file: first.file,
        path: first.path,
        value: first.value,
        cause: first.error,
        details: first.error.details,
        hint: "fix the file, or set params.reload.onInvalid to keep-previous to run on the last-known-good set.",
      });
    }
    opened = rt;
    if (closed) rt.close();
    return rt;
  };
  return {
    registry: opts.registry,
    runtime() {
      opening ??= Promise.resolve().then(open);
      return opening;
    },
    async startReloading() {
      const rt = await this.runtime();
      // The watched folder may not exist before the first promotion; watching needs it.
      if (opts.watchDir !== undefined) mkdirSync(opts.watchDir, { recursive: true });
      if (!closed) rt.start();
      return rt;
    },
    close() {
      closed = true;
      opened?.close();
    },
  };
}
