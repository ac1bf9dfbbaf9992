import { describe, expect, it } from "vitest";
import { isSessionkitError } from "../errors/index.js";
import { SESSION_NAMES } from "../market-time/sessions.js";
import type { ParamSet } from "../params/param-set.js";
import type { ParamSchemaEntry } from "../params/registry.js";
import type { ParamProvider } from "../params/runtime/provider.js";

export interface ProviderContractOptions {
  /** The schema the provider is asked about (e.g. a strategy plugin's `paramSchemaEntry`). */
  readonly entry: ParamSchemaEntry;
  /** A provider that has a valid set for `entry` (answers with a ParamSet). */
  readonly withValidSet: () => ParamProvider | Promise<ParamProvider>;
  /** A provider that has nothing for `entry` (must pass to the next link: undefined). */
  readonly withNothing: () => ParamProvider | Promise<ParamProvider>;
  /** Optional: a provider whose source for `entry` is invalid (must reject with a SessionkitError). */
  readonly withInvalidSet?: () => ParamProvider | Promise<ParamProvider>;
}

/**
 * The parameter-provider conformance kit (DESIGN rule 15): what every link of the `params.resolve`
 * chain must do. A valid source answers a deep-frozen ParamSet of the asked strategy whose every session
 * set is complete; an absent source answers undefined (never schema defaults: those are the chain's last
 * link); an invalid source throws a SessionkitError naming the file, field or value, never a plain Error.
 */
export function describeProviderContract(name: string, opts: ProviderContractOptions): void {
  const request = { strategy: opts.entry.strategy, entry: opts.entry };
  describe(`parameter provider contract: ${name}`, () => {
    it("answers a frozen, complete ParamSet of the asked strategy", async () => {
      const provider = await opts.withValidSet();
      expect(typeof provider.name).toBe("string");
      const set = (await provider.resolve(request)) as ParamSet | undefined;
      expect(set, "a provider with a valid set must answer").toBeDefined();
      expect(set!.strategy.toUpperCase()).toBe(opts.entry.strategy.toUpperCase());
      expect(set!.parametersHash).toMatch(/^[0-9a-f]{64}$/);
      expect(Object.isFrozen(set)).toBe(true);
      const keys = Object.keys(opts.entry.schema.parse({}) as object).sort();
      for (const session of SESSION_NAMES) {
        expect(Object.isFrozen(set!.sessions[session])).toBe(true);
        expect(Object.keys(set!.sessions[session]).sort()).toEqual(keys);
      }
    });

    it("answers the same set twice (no hidden state between resolves)", async () => {
      const provider = await opts.withValidSet();
      const a = (await provider.resolve(request)) as ParamSet;
      const b = (await provider.resolve(request)) as ParamSet;
      expect(b.parametersHash).toBe(a.parametersHash);
    });

    it("passes to the next link with undefined when it has nothing", async () => {
      const provider = await opts.withNothing();
      expect(await provider.resolve(request)).toBeUndefined();
    });

    if (opts.withInvalidSet !== undefined) {
      const withInvalid = opts.withInvalidSet;
      it("rejects an invalid source with a SessionkitError that says where", async () => {
        const provider = await withInvalid();
        let thrown: unknown;
        try {
          await provider.resolve(request);
        } catch (e) {
          thrown = e;
        }
        expect(isSessionkitError(thrown), "an invalid source must throw a SessionkitError").toBe(true);
        const err = thrown as { file?: string; path?: string; details: readonly string[] };
        expect(err.file !== undefined || err.path !== undefined || err.details.length > 0).toBe(true);
      });
    }
  });
}
