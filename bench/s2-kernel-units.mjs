// S2's 14 feature keys at default parameters, grouped by the kernel pass that computes them (a shared
// kernel's members together, else one feature): the units the kernel benches time and compare.
export const S2_KERNEL_UNITS = Object.freeze([
  ["vwap.session", "vwap.session.sigma", "pd.vwap"],
  ["atr:14"],
  ["ema:20"],
  ["volz:50"],
  ["adr:20", "day.high", "day.low", "pd.high", "pd.low", "pd.close"],
  ["ib.high:570,630", "ib.low:570,630"],
]);

/** Every key of the units, once. */
export const S2_KERNEL_KEYS = Object.freeze(S2_KERNEL_UNITS.flat());
