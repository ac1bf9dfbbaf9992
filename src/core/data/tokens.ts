import { createToken } from "../di/token.js";
import type { BarStore } from "./store/bar-store.js";

/** The bot's on-disk bar store (Parquet per contract month + fast cache), registered per bot. */
export const BarStoreToken = createToken<BarStore>("BarStore");
