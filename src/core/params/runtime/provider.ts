import type { SessionkitError } from "../../errors/index.js";
import type { ParamSet } from "../param-set.js";
import type { ParamSchemaEntry } from "../registry.js";

export interface ParamRequest {
  readonly strategy: string;
  readonly entry: ParamSchemaEntry;
}

/**
 * One link of the provider chain (the `params.resolve` bail hook): return a set to answer, undefined to
 * pass to the next link, or throw a SessionkitError naming file, field and value to reject what it found
 * (the runtime then keeps the last-known-good set and emits `onRejected`).
 */
export interface ParamProvider {
  readonly name: string;
  resolve(request: ParamRequest): Promise<ParamSet | undefined> | ParamSet | undefined;
}

export type ReloadTrigger = "initial" | "schedule" | "watch" | "manual";

export interface ResolvedEvent {
  readonly strategy: string;
  /** The link that answered: a provider name, "last-known-good" or "schema-defaults". */
  readonly provider: string;
  readonly set: ParamSet;
}

export interface ReloadedEvent {
  readonly trigger: ReloadTrigger;
  readonly strategies: readonly {
    readonly strategy: string;
    readonly provider: string;
    readonly parametersHash: string;
    readonly origin: string;
    /** True when this reload swapped in a different set. */
    readonly changed: boolean;
  }[];
}

export interface RejectedEvent {
  readonly strategy: string;
  readonly provider: string;
  readonly file: string | undefined;
  /** The first offending field path and value; `error.details` lists every problem. */
  readonly path: string | undefined;
  readonly value: unknown;
  readonly message: string;
  readonly error: SessionkitError;
}

/** What the runtime reports; the integrator binds these to hooks params.resolve/reloaded/rejected. */
export interface ParamsEventListener {
  onResolved?(event: ResolvedEvent): void;
  onReloaded(event: ReloadedEvent): void;
  onRejected(event: RejectedEvent): void;
}
