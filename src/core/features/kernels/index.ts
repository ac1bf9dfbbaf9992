export { CountingWindow } from "./counting-window.js";
export { RollingExtremum } from "./rolling-extrema.js";
export { RollingMoments } from "./rolling-moments.js";
export { RollingSum } from "./rolling-sum.js";
export { TradeDateRanges } from "./trade-date-ranges.js";
export { writeTrueRanges } from "./true-range.js";
