/**
 * The error catalogue: every code sessionkit can raise, with what it means and what to do.
 * Codes are permanent: never rename or reuse one; deprecate by leaving it here.
 * `docs/reference/errors.md` is generated from this table (see docs/check-docs.mjs).
 */
export interface ErrorEntry {
  /** Subsystem the code belongs to, used to group the reference page. */
  readonly area: string;
  /** What happened, in general terms (the concrete message adds file, field and value). */
  readonly summary: string;
  /** What to do about it; an error instance may give a more specific hint. */
  readonly hint: string;
  /** Process exit code the CLI uses for it. */
  readonly exitCode: number;
}

/** Exit codes: 1 = generic failure, 2 = usage/config/input, 3 = plugin, 4 = data, 5 = parameters, 70 = internal. */
const entry = (area: string, exitCode: number, summary: string, hint: string): ErrorEntry => ({
  area,
  summary,
  hint,
  exitCode,
});

export const CATALOGUE = {
  // config
  SK_CONFIG_NOT_FOUND: entry(
    "config",
    2,
    "The bot config file does not exist.",
    "pass --config <file> or create bot.config.ts in the working directory.",
  ),
  SK_CONFIG_SYNTAX: entry(
    "config",
    2,
    "The bot config file could not be parsed or evaluated.",
    "fix the syntax error at the reported position.",
  ),
  SK_CONFIG_INVALID: entry(
    "config",
    2,
    "The bot config has a field of the wrong type, an unknown key or an invalid value.",
    "correct the named field; `sessionkit info --debug` shows the resolved config.",
  ),
  SK_CONFIG_NO_EXPORT: entry(
    "config",
    2,
    "The bot config file has no default export.",
    "end the file with `export default defineConfig({...})`.",
  ),
  SK_CONFIG_PATH_MISSING: entry(
    "config",
    2,
    "A path named in the bot config does not exist.",
    "create the folder or file, or correct the path (relative paths resolve against the config's folder).",
  ),
  SK_SECRET_MISSING: entry(
    "config",
    2,
    "A required secret is not set in the environment.",
    "export the named environment variable; secrets are never read from files or config.",
  ),
  // plugins
  SK_PLUGIN_INVALID: entry(
    "plugin",
    3,
    "A plugin object is malformed (missing name, version, sdk range or setup).",
    "create plugins with definePlugin(); check the package exports the factory, not its result.",
  ),
  SK_PLUGIN_DUPLICATE: entry(
    "plugin",
    3,
    "Two plugins with the same name were registered.",
    "remove one of them from `plugins`; each plugin may appear once per bot.",
  ),
  SK_PLUGIN_REQUIRES_MISSING: entry(
    "plugin",
    3,
    "A plugin requires a capability no registered plugin provides.",
    "add a plugin that provides the capability, or remove the plugin that requires it.",
  ),
  SK_PLUGIN_CYCLE: entry(
    "plugin",
    3,
    "Plugin requirements form a cycle.",
    "break the cycle: a plugin cannot (indirectly) require what it provides.",
  ),
  SK_PLUGIN_SDK_MISMATCH: entry(
    "plugin",
    3,
    "A plugin was built for an sdk range that does not include this sessionkit version.",
    "upgrade the plugin or sessionkit so the versions match.",
  ),
  SK_PLUGIN_OPTIONS_INVALID: entry(
    "plugin",
    3,
    "A plugin was given invalid options.",
    "correct the named option; the plugin's README lists them.",
  ),
  SK_PLUGIN_SETUP_FAILED: entry(
    "plugin",
    3,
    "A plugin's setup() threw.",
    "read the cause; setup() must only register hooks and services.",
  ),
  SK_PLUGIN_SETUP_ASYNC: entry(
    "plugin",
    3,
    "A plugin's setup() returned a promise; setup must be synchronous.",
    "move asynchronous work into an init hook (hooks.lifecycle.init).",
  ),
  SK_PLUGIN_INIT_TIMEOUT: entry(
    "plugin",
    3,
    "A plugin's init did not finish within its timeout.",
    "raise `pluginTimeoutMs` in the config or make init faster.",
  ),
  // kernel and hooks
  SK_TAP_AFTER_SEAL: entry(
    "kernel",
    3,
    "A hook was tapped after the kernel was sealed.",
    "tap hooks only inside setup(); change behaviour at run time by swapping values, not taps.",
  ),
  SK_HOOK_FAILED: entry("kernel", 1, "A hook tap threw.", "the message names the plugin and hook; read the cause."),
  SK_HOOK_UNKNOWN: entry("kernel", 3, "A hook name does not exist.", "see docs/reference/hooks.md for the hook table."),
  SK_KERNEL_PHASE: entry(
    "kernel",
    1,
    "A kernel operation was called in the wrong lifecycle phase.",
    "follow configure → register → seal → init → run → shutdown.",
  ),
  SK_DI_UNREGISTERED: entry(
    "kernel",
    1,
    "A service was resolved that is not registered.",
    "register the service (ctx.services.register) in a plugin's setup before resolving it.",
  ),
  SK_DI_DUPLICATE: entry(
    "kernel",
    3,
    "A service token was registered twice.",
    "only one plugin may provide a service token.",
  ),
  // cli
  SK_CLI_USAGE: entry("cli", 2, "The command line is invalid.", "run `sessionkit <command> --help`."),
  // market-time
  SK_TIME_INVALID_INSTANT: entry(
    "market-time",
    2,
    "An instant is not a valid point in time (NaN, unparseable, or an ISO-8601 string without an offset).",
    "pass epoch milliseconds, a Date, or an ISO-8601 string with an offset or Z, e.g. 2026-03-12T14:30:00Z.",
  ),
  SK_TIME_OUT_OF_RANGE: entry(
    "market-time",
    2,
    "An instant or date lies outside the range the calendar answers (2014-12-01 up to 2199).",
    "use an instant from 2014-12-01T00:00:00Z on; earlier market time is not modelled.",
  ),
  SK_TIME_INVALID_DATE: entry(
    "market-time",
    2,
    "A calendar date is not a valid YYYY-MM-DD date.",
    "write dates as YYYY-MM-DD, e.g. 2026-04-03.",
  ),
  SK_CALENDAR_ZONE_INVALID: entry(
    "market-time",
    2,
    "A calendar names a time zone that is not a valid IANA zone.",
    "use an IANA zone name such as America/New_York or Europe/London.",
  ),
  SK_CALENDAR_TABLE_UNREADABLE: entry(
    "market-time",
    2,
    "A special-days table file could not be read or is not JSON.",
    "check the path and that the file is valid JSON (see src/core/market-time/data/cme-special-days.json).",
  ),
  SK_CALENDAR_TABLE_INVALID: entry(
    "market-time",
    2,
    "A special-days table has an invalid entry (unknown kind, bad date, weekend date, duplicate date or missing field).",
    "correct the named entry; kinds are full-closure, holiday-halt-1300, early-close-1315, jobs-report-good-friday-0915, mourning-0930.",
  ),
  SK_CALENDAR_MISSING: entry(
    "market-time",
    2,
    "No plugin answered the market.calendar hook for the venue.",
    "keep the built-in cme-calendar plugin (builtins: true) or add a plugin that taps hooks.market.calendar.",
  ),
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
  // strategy
  SK_STRATEGY_INVALID: entry(
    "strategy",
    3,
    "A strategy definition or registration is malformed (id, apiVersion, params schema, features, warmup, symbols).",
    "build strategies with defineStrategy({ id, apiVersion: 1, params, features, warmup, decide }) and register them in setup().",
  ),
  SK_STRATEGY_DUPLICATE: entry(
    "strategy",
    3,
    "Two strategies with the same id (case-insensitive) were registered in one bot.",
    "give each strategy a unique id, or register the plugin once.",
  ),
  SK_STRATEGY_UNKNOWN: entry(
    "strategy",
    2,
    "No registered strategy has the requested id.",
    "use one of the listed ids (S2 | S3 | S6 | S11 with the built-in plugins), or add the strategy's plugin to the bot.",
  ),
  SK_STRATEGY_LOOKAHEAD: entry(
    "strategy",
    3,
    "A strategy asked for a bar or feature value after the current bar (a negative lookback).",
    "decide() may read only the current bar and earlier ones: use k >= 0 in bars.close(k) and features.at(name, k).",
  ),
  SK_STRATEGY_FEATURE_UNDECLARED: entry(
    "strategy",
    3,
    "A strategy read a feature it did not declare in `features`.",
    "add the feature key to the strategy's `features` declaration.",
  ),
  SK_STRATEGY_SIGNAL_INVALID: entry(
    "strategy",
    3,
    "A strategy returned a signal that breaks the Signal invariants (guarded mode).",
    "put the stop on the loss side and targets on the profit side of the entry, use finite prices and positive integer counts.",
  ),
  SK_STRATEGY_DECIDE_FAILED: entry(
    "strategy",
    3,
    "A strategy's decide() threw.",
    "fix the strategy; the cause and the bar are in the message (run with --guard to check every signal).",
  ),
  // backtest
  SK_BACKTEST_INPUT: entry(
    "backtest",
    2,
    "The backtest inputs are inconsistent (bars and labels of different lengths, an unknown symbol, bad options).",
    "pass labels produced by labelBars() for the same bars, and options within their documented ranges.",
  ),
  SK_BACKTEST_NO_DATA: entry(
    "backtest",
    4,
    "The backtest has no bars to run on (empty file or a --from/--to range without bars).",
    "check the data path and the date range; without --data the synthetic default is used.",
  ),
  // generic
  SK_INTERNAL: entry(
    "internal",
    70,
    "An unexpected internal error.",
    "re-run with --debug and report the stack trace.",
  ),
} as const satisfies Record<string, ErrorEntry>;

export type ErrorCode = keyof typeof CATALOGUE;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(CATALOGUE, code);
}
