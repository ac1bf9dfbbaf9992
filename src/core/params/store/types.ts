import type { ParamSchemaRegistry } from "../registry.js";
import type { FaultPoint } from "./atomic.js";
import type { LockOptions } from "./lock.js";

export interface ParamStoreOptions {
  readonly registry: ParamSchemaRegistry;
  readonly lock?: LockOptions;
  readonly now?: () => Date;
  /** Test hook called at every durable step (see atomic.ts). */
  readonly fault?: FaultPoint;
}

export interface PromoteResult {
  readonly strategy: string;
  readonly parametersHash: string;
  readonly replacedHash: string | null;
}

export interface RollbackResult {
  readonly strategy: string;
  readonly restoredHash: string;
  readonly archived: string;
}
