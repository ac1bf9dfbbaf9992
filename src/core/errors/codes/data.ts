import { entry } from "./entry.js";

/** Error codes of data; permanent (see ../catalogue.ts). */
export const DATA_ERRORS = {
  // data
  SK_DATA_UNREADABLE: entry(
    "data",
    4,
    "A bar file could not be read (missing, not gzip though named .gz, truncated or corrupt gzip).",
    "check the file is complete; re-download or re-export it.",
  ),
  SK_DATA_HEADER: entry(
    "data",
    4,
    "A bar file does not start with the expected header or structure.",
    "CSV needs the header `timestamp,open,high,low,close,volume`; ProjectX JSON needs a top-level `bars` array.",
  ),
  SK_DATA_INSTRUMENT_UNKNOWN: entry(
    "data",
    4,
    "The instrument of a bar file could not be determined.",
    "pass --symbol ES|NQ|MES|MNQ, name the file like MESH24_1m.csv.gz, or put a manifest.json beside it.",
  ),
  SK_DATA_REJECTED: entry(
    "data",
    4,
    "A data-quality finding whose policy is `reject` occurred.",
    "fix the named row, or set that finding's policy to `drop` or `keep`.",
  ),
  SK_DATA_BARS_INVALID: entry(
    "data",
    4,
    "Bar columns are inconsistent (unequal lengths or time not strictly increasing).",
    "build bars through the importers or sort and de-duplicate them first.",
  ),
  SK_DATA_STORE_CORRUPT: entry(
    "data",
    4,
    "A bar store or cache file is corrupt or has an unknown format version.",
    "delete the named file; it is rebuilt from its source on the next import.",
  ),
  SK_DATA_STORE_WRITE: entry(
    "data",
    4,
    "Writing a bar store or cache file failed; the previous file, if any, is unchanged.",
    "check free disk space and permissions of the store directory.",
  ),
  SK_DATA_NOT_FOUND: entry(
    "data",
    4,
    "No bars were found for the requested symbol, contract or file.",
    "run `sessionkit data import` or `sessionkit data download` first, or check the --store directory.",
  ),
  SK_PROJECTX_AUTH: entry(
    "data",
    4,
    "ProjectX login or token validation failed.",
    "check PROJECTX_USERNAME and PROJECTX_API_KEY (the key itself is never printed).",
  ),
  SK_PROJECTX_HTTP: entry(
    "data",
    4,
    "A ProjectX request failed after its retries, or returned success:false.",
    "see the status and errorCode in the message; a download resumes from its progress file when re-run.",
  ),
  SK_PROJECTX_RESPONSE: entry(
    "data",
    4,
    "A ProjectX response body was not the JSON the Gateway contract describes (truncated or malformed).",
    "re-run; the request is retried, and a download resumes from its progress file.",
  ),
  SK_PROJECTX_CONTRACT_NOT_FOUND: entry(
    "data",
    4,
    "No ProjectX contract matches the requested symbol.",
    "check the symbol (ES, NQ, MES, MNQ) and that the account has market data for it.",
  ),
} as const;
