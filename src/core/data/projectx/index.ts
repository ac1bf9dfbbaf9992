export { jwtExpiry, ProjectXAuth, REFRESH_MARGIN_MS } from "./auth.js";
export {
  MAX_BARS_PER_REQUEST,
  PROJECTX_SYMBOL_IDS,
  ProjectXClient,
  type ProjectXClientOptions,
  type ProjectXContract,
  type RetrieveBarsRequest,
} from "./client.js";
export { type ClientClock, realClock } from "./clock.js";
export { DEFAULT_PROJECTX_URL, type ProjectXCredentials, readProjectXCredentials, redact } from "./credentials.js";
export { type DownloadOptions, type DownloadProgress, downloadHistory, readDownloadProgress } from "./download.js";
export { backoffMs, parseRetryAfter } from "./http.js";
export { GENERAL_LIMIT, HISTORY_LIMIT, RateLimiter } from "./rate-limiter.js";
