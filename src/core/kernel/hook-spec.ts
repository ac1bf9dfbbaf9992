import {
  AsyncParallelHook,
  AsyncSeriesBailHook,
  AsyncSeriesHook,
  AsyncSeriesWaterfallHook,
  type HookMap,
  SyncBailHook,
  SyncHook,
  SyncWaterfallHook,
} from "tapable";

/**
 * How a hook runs its taps (DESIGN rule 5). Series by default; bail where the first answer wins;
 * waterfall where each tap transforms a value; parallel only for independent I/O.
 */
export type HookKind = "sync" | "syncBail" | "syncWaterfall" | "series" | "seriesBail" | "seriesWaterfall" | "parallel";

/** A hook declared once: its kind, the fields of its context object, and when it fires. */
export interface HookSpec<Ctx extends object, R, K extends HookKind, Keyed extends boolean = boolean> {
  readonly kind: K;
  readonly fields: readonly string[];
  readonly when: string;
  /** true: one hook per key (tapable HookMap), e.g. per strategy id. */
  readonly keyed: Keyed;
  /** Phantom types; never set. */
  readonly __ctx?: Ctx;
  readonly __result?: R;
}

type MissingKeys<Ctx, F extends readonly PropertyKey[]> = Exclude<keyof Ctx, F[number]>;
type ListsAll<Ctx, F extends readonly PropertyKey[]> = [MissingKeys<Ctx, F>] extends [never]
  ? unknown
  : { missingContextFields: MissingKeys<Ctx, F> };

/**
 * Declares a hook. `fields` must list every key of the context type (checked by the compiler), so the
 * generated hook table in docs/reference/hooks.md cannot drift from the code.
 */
export function hookSpec<Ctx extends object, R = void>() {
  // `Keyed` is inferred as a literal so HookOf/TapOnly can tell a HookMap (keyed: true) from a plain hook.
  return <K extends HookKind, const F extends readonly (keyof Ctx & string)[], const Keyed extends boolean = false>(
    kind: K,
    fields: F & ListsAll<Ctx, F>,
    when: string,
    opts: { keyed?: Keyed } = {},
  ): HookSpec<Ctx, R, K, Keyed> => ({ kind, fields, when, keyed: (opts.keyed ?? false) as Keyed });
}

/** The tapable class behind each kind, typed for a one-argument context. */
export type TapableFor<Ctx, R, K extends HookKind> = K extends "sync"
  ? SyncHook<[Ctx]>
  : K extends "syncBail"
    ? SyncBailHook<[Ctx], R>
    : K extends "syncWaterfall"
      ? SyncWaterfallHook<[Ctx]>
      : K extends "series"
        ? AsyncSeriesHook<[Ctx]>
        : K extends "seriesBail"
          ? AsyncSeriesBailHook<[Ctx], R>
          : K extends "seriesWaterfall"
            ? AsyncSeriesWaterfallHook<[Ctx]>
            : AsyncParallelHook<[Ctx]>;

export type HookOf<S> =
  S extends HookSpec<infer Ctx, infer R, infer K>
    ? S["keyed"] extends true
      ? HookMap<TapableFor<Ctx, R, K>>
      : TapableFor<Ctx, R, K>
    : never;

// biome-ignore lint/suspicious/noExplicitAny: tapable's hook classes share no useful common type.
export type AnyTapable = any;

/** Instantiates the tapable hook for a spec (one context argument named "ctx"). */
export function instantiate(kind: HookKind): AnyTapable {
  const args: ["ctx"] = ["ctx"];
  switch (kind) {
    case "sync":
      return new SyncHook(args);
    case "syncBail":
      return new SyncBailHook(args);
    case "syncWaterfall":
      return new SyncWaterfallHook(args);
    case "series":
      return new AsyncSeriesHook(args);
    case "seriesBail":
      return new AsyncSeriesBailHook(args);
    case "seriesWaterfall":
      return new AsyncSeriesWaterfallHook(args);
    case "parallel":
      return new AsyncParallelHook(args);
  }
}

export function isAsyncKind(kind: HookKind): boolean {
  return kind === "series" || kind === "seriesBail" || kind === "seriesWaterfall" || kind === "parallel";
}
