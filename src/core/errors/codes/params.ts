import { entry } from "./entry.js";

/** Error codes of params; permanent (see ../catalogue.ts). */
export const PARAMS_ERRORS = {
  // params
  SK_PARAMS_TUNABLE_INVALID: entry(
    "params",
    5,
    "A tunable() search range does not fit its number schema (low > high, outside the bounds, bad step or log).",
    "make low <= high lie inside the schema's min/max; step > 0; log ranges need low > 0 and no step.",
  ),
  SK_PARAMS_INVALID: entry(
    "params",
    5,
    "A parameter file or parameter set failed validation.",
    "run `sessionkit params validate <file>` to list every problem, fix them, and try again.",
  ),
  SK_PARAMS_UNKNOWN_STRATEGY: entry(
    "params",
    2,
    "No parameter schema is registered for the named strategy.",
    "use one of S2 | S3 | S6 | S11 (case-insensitive) or register the strategy's plugin.",
  ),
  SK_PARAMS_IMPORT_FAILED: entry(
    "params",
    5,
    "A reference-format parameter file could not be converted.",
    "fix the listed keys, or pass --drop-unmapped to drop keys that have no sessionkit parameter.",
  ),
  SK_PARAMS_NOT_FOUND: entry(
    "params",
    5,
    "The parameter file for this strategy does not exist in the requested slot.",
    "train or `params import` a file into stage/ first; `params show` lists what exists.",
  ),
  SK_PARAMS_LOCK_TIMEOUT: entry(
    "params",
    5,
    "The parameter store lock is held by another live process.",
    "wait for the other promote/rollback to finish; a lock left by a dead process is removed automatically.",
  ),
  SK_PARAMS_STORE_CORRUPT: entry(
    "params",
    5,
    "The parameter store is in a state recovery cannot repair (an unreadable journal or current file).",
    "inspect <artifacts>/parameters; restore current/<STRATEGY>.json from previous/ or archive/.",
  ),
} as const;
