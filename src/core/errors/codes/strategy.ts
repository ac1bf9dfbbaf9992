import { entry } from "./entry.js";

/** Error codes of strategy; permanent (see ../catalogue.ts). */
export const STRATEGY_ERRORS = {
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
  SK_STRATEGY_SYMBOL_MISMATCH: entry(
    "strategy",
    2,
    "The strategy to run is registered for other instruments than the data's (its plugin's `symbols` option).",
    "run it on data of one of its symbols, or add the data's root to the plugin's `symbols` option in bot.config.ts.",
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
  SK_STRATEGY_SCREEN_MISSED: entry(
    "strategy",
    3,
    "A strategy's screen left a bar unmarked on which decide, flat and with no working entry, asked for an entry (guarded mode).",
    "make the screen a necessary condition of every entry rule (mark a bar whenever decide could enter on it), or drop the screen.",
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
} as const;
