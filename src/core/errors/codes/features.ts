import { entry } from "./entry.js";

/** Error codes of features; permanent (see ../catalogue.ts). */
export const FEATURES_ERRORS = {
  // features
  SK_FEATURE_UNKNOWN: entry(
    "features",
    2,
    "A feature key names no registered feature.",
    "check the spelling; `sessionkit features spec` and the features reference list the registered families.",
  ),
  SK_FEATURE_DUPLICATE: entry(
    "features",
    3,
    "Two features were registered under the same name.",
    "rename one of them; feature names are global across plugins.",
  ),
  SK_FEATURE_KEY_INVALID: entry(
    "features",
    2,
    "A feature key is malformed or has a parameter of the wrong count, type or range.",
    "write keys as family[:p1,p2,...], e.g. atr:14 or kc.upper:20,20,1.5.",
  ),
  SK_FEATURE_INPUT_MISMATCH: entry(
    "features",
    4,
    "Bars and their market-time labels (or a position column) have different lengths.",
    "label the same bars you compute features on.",
  ),
  SK_FEATURE_SPEC_INVALID: entry(
    "features",
    2,
    "A feature_spec.json file is unreadable or malformed (lengths, index order, non-numeric scaler values).",
    "fix the named field; `sessionkit features spec` prints a valid 13-column spec.",
  ),
  SK_FEATURE_SPEC_COLUMN_UNKNOWN: entry(
    "features",
    2,
    "A feature_spec.json column names none of the 13 model features.",
    "use the canonical names ret_1m … s7_regime; columns are projected by name.",
  ),
  SK_FEATURE_OUTPUT_FORMAT: entry(
    "features",
    2,
    "The requested output format is not supported.",
    "write .csv (Parquet output needs the data layer's Parquet writer).",
  ),
  SK_FEATURE_STREAM_MISMATCH: entry(
    "features",
    70,
    "The streaming path disagreed with the batch path by more than 1e-9.",
    "report the feature, bar and both values; streaming and batch must share one implementation.",
  ),
  // features: the worker thread of a parallel batch (features/parallel)
  SK_FEATURE_WORKER_FAILED: entry(
    "features",
    70,
    "Computing feature columns in the worker thread failed (an unknown key or a kernel error there).",
    "the message carries the worker's own error; set SESSIONKIT_THREADS=1 to compute on the main thread and see it there.",
  ),
  SK_FEATURE_WORKER_LOST: entry(
    "features",
    70,
    "The features worker thread stopped answering while it computed a batch (it exited or hung).",
    "the next batch starts a new worker; set SESSIONKIT_THREADS=1 to compute on the main thread only.",
  ),
} as const;
