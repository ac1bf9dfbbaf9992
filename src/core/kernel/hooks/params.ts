import type { ParamSet } from "../../params/param-set.js";
import type { ParamRequest, RejectedEvent, ReloadedEvent, ResolvedEvent } from "../../params/runtime/provider.js";
import { hookSpec } from "../hook-spec.js";

/** Parameters: the provider chain and what happens on reload. */
export const paramsHooks = {
  resolve: hookSpec<ParamRequest, ParamSet>()(
    "seriesBail",
    ["strategy", "entry"],
    "on every (re)load, per strategy: the provider chain; the first tap returning a ParamSet wins (the built-in file-params answers at Stage.Default); none → last-known-good → schema defaults. Throw a SessionkitError to reject a bad file",
  ),
  resolved: hookSpec<ResolvedEvent>()(
    "sync",
    ["strategy", "provider", "set"],
    "after a strategy's set was resolved (by a provider, last-known-good or schema defaults)",
  ),
  reloaded: hookSpec<ReloadedEvent>()("sync", ["trigger", "strategies"], "after a (re)load swapped in the new sets"),
  rejected: hookSpec<RejectedEvent>()(
    "sync",
    ["strategy", "provider", "file", "path", "value", "message", "error"],
    "when a provider rejected a new file; the last-known-good set stays in force",
  ),
};
