import { SessionkitError } from "../errors/index.js";
import type { ParamsObjectSchema } from "./search-space.js";

/** What a strategy plugin contributes about its parameters. */
export interface ParamSchemaEntry {
  /** Strategy id as written in files and on the command line, e.g. "S2". */
  readonly strategy: string;
  /** Bumped when a field is renamed or removed; files carry `schemaVersion`. */
  readonly schemaVersion: number;
  readonly schema: ParamsObjectSchema;
}

/** Which parameter schema belongs to which strategy id; ids match case-insensitively. */
export class ParamSchemaRegistry {
  readonly #entries = new Map<string, ParamSchemaEntry>();

  constructor(entries: Iterable<ParamSchemaEntry> = []) {
    for (const e of entries) this.register(e);
  }

  register(entry: ParamSchemaEntry): this {
    const key = entry.strategy.toUpperCase();
    if (this.#entries.has(key)) {
      throw new SessionkitError("SK_PARAMS_INVALID", `parameter schema for ${entry.strategy} is registered twice`, {
        value: entry.strategy,
      });
    }
    this.#entries.set(key, Object.freeze({ ...entry }));
    return this;
  }

  /** The entry for `strategy` (any case), or a SK_PARAMS_UNKNOWN_STRATEGY error listing the known ids. */
  get(strategy: string): ParamSchemaEntry {
    const found = this.#entries.get(strategy.toUpperCase());
    if (found === undefined) {
      throw new SessionkitError(
        "SK_PARAMS_UNKNOWN_STRATEGY",
        `unknown strategy ${JSON.stringify(strategy)}; known: ${this.ids().join(" | ") || "(none)"}`,
        { value: strategy },
      );
    }
    return found;
  }

  has(strategy: string): boolean {
    return this.#entries.has(strategy.toUpperCase());
  }

  ids(): string[] {
    return [...this.#entries.values()].map((e) => e.strategy);
  }
}
