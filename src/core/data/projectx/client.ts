import { SessionkitError } from "../../errors/index.js";
import type { BarColumns, Root } from "../bars.js";
import { BarColumnBuilder } from "../column-builder.js";
import { type Random, seededRandom } from "../random.js";
import { ProjectXAuth } from "./auth.js";
import { type ClientClock, realClock } from "./clock.js";
import { type ProjectXCredentials, readProjectXCredentials } from "./credentials.js";
import { type HttpSettings, postJson, UnauthorizedError } from "./http.js";
import { GENERAL_LIMIT, HISTORY_LIMIT, RateLimiter } from "./rate-limiter.js";

export interface ProjectXClientOptions {
  readonly credentials?: ProjectXCredentials;
  readonly clock?: ClientClock;
  readonly random?: Random;
  readonly timeoutMs?: number;
  readonly maxAttempts?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  /** Diagnostics sink (stderr by default); never receives a credential. */
  readonly log?: (line: string) => void;
}

export interface ProjectXContract {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly activeContract: boolean;
}

export interface RetrieveBarsRequest {
  readonly contractId: string;
  readonly live: boolean;
  readonly startTime: string;
  readonly endTime: string;
  /** 1 s, 2 min, 3 h, 4 day, 5 week, 6 month. */
  readonly unit: number;
  readonly unitNumber: number;
  readonly limit: number;
  readonly includePartialBar: boolean;
}

/** Gateway symbol ids of the roots (CON.F.US.<id>.<month><yy>). */
export const PROJECTX_SYMBOL_IDS: Record<Root, string> = { ES: "EP", NQ: "ENQ", MES: "MES", MNQ: "MNQ" };
export const MAX_BARS_PER_REQUEST = 20_000;

/**
 * ProjectX (TopstepX) Gateway client for history: login/refresh, contract search and retrieveBars,
 * with the client-side rate limits (50/30 s history, 200/60 s other) and retry policy of `postJson`.
 */
export class ProjectXClient {
  private readonly http: HttpSettings;
  private readonly auth: ProjectXAuth;
  private readonly general: RateLimiter;
  private readonly history: RateLimiter;

  constructor(options: ProjectXClientOptions = {}) {
    const credentials = options.credentials ?? readProjectXCredentials();
    const clock = options.clock ?? realClock;
    this.http = {
      baseUrl: credentials.baseUrl,
      clock,
      random: options.random ?? seededRandom(Date.now() & 0xffffffff),
      timeoutMs: options.timeoutMs ?? 30_000,
      maxAttempts: options.maxAttempts ?? 6,
      baseDelayMs: options.baseDelayMs ?? 1000,
      maxDelayMs: options.maxDelayMs ?? 30_000,
      log: options.log ?? ((line) => process.stderr.write(`${line}\n`)),
      secrets: () => [credentials.apiKey, this.auth.current() ?? ""],
    };
    this.general = new RateLimiter(GENERAL_LIMIT.limit, GENERAL_LIMIT.windowMs, clock);
    this.history = new RateLimiter(HISTORY_LIMIT.limit, HISTORY_LIMIT.windowMs, clock);
    this.auth = new ProjectXAuth(this.http, this.general, credentials);
  }

  /** Calls an authenticated endpoint; on a 401 logs in again once and repeats the call. */
  private async call(path: string, body: unknown, limiter: RateLimiter): Promise<Record<string, unknown>> {
    for (let round = 0; ; round++) {
      const token = await this.auth.bearer();
      try {
        const res = (await postJson(this.http, limiter, path, body, token)) as Record<string, unknown> | null;
        if (res === null || typeof res !== "object") {
          throw new SessionkitError("SK_PROJECTX_RESPONSE", `POST ${path}: response is not a JSON object`, { path });
        }
        if (res.success === false) {
          throw new SessionkitError(
            "SK_PROJECTX_HTTP",
            `POST ${path}: success=false, errorCode=${String(res.errorCode)} (${String(res.errorMessage ?? "")})`,
            { path, value: res.errorCode },
          );
        }
        return res;
      } catch (e) {
        if (!(e instanceof UnauthorizedError) || round > 0) {
          if (e instanceof UnauthorizedError) {
            throw new SessionkitError("SK_PROJECTX_AUTH", `POST ${path}: HTTP 401 after a fresh login`, { path });
          }
          throw e;
        }
        this.auth.invalidate();
      }
    }
  }

  async searchContracts(searchText: string, live = false): Promise<ProjectXContract[]> {
    const res = await this.call("/api/Contract/search", { searchText, live }, this.general);
    const list = Array.isArray(res.contracts) ? (res.contracts as Record<string, unknown>[]) : [];
    return list.map((c) => ({
      id: String(c.id),
      name: String(c.name ?? ""),
      description: String(c.description ?? ""),
      activeContract: c.activeContract === true,
    }));
  }

  /** The contract to download for a root: the active one, else the nearest listed, with its code (ESZ25). */
  async resolveContract(root: Root, live = false): Promise<{ id: string; contract: string }> {
    const prefix = `CON.F.US.${PROJECTX_SYMBOL_IDS[root]}.`;
    const found = (await this.searchContracts(root, live)).filter((c) => c.id.startsWith(prefix));
    const pick = found.find((c) => c.activeContract) ?? found[0];
    const m = pick === undefined ? null : /\.([HMUZ])(\d{2})$/.exec(pick.id);
    if (pick === undefined || m === null) {
      throw new SessionkitError(
        "SK_PROJECTX_CONTRACT_NOT_FOUND",
        `no ProjectX contract ${prefix}<month><yy> for ${root}`,
        {
          value: root,
        },
      );
    }
    return { id: pick.id, contract: `${root}${m[1]}${m[2]}` };
  }

  /** One retrieveBars page, returned in ascending time (the Gateway sends newest first). */
  async retrieveBars(req: RetrieveBarsRequest): Promise<BarColumns> {
    const res = await this.call("/api/History/retrieveBars", req, this.history);
    if (!Array.isArray(res.bars)) {
      throw new SessionkitError("SK_PROJECTX_RESPONSE", "POST /api/History/retrieveBars: response has no bars array", {
        path: "bars",
      });
    }
    const rows = res.bars as Record<string, unknown>[];
    const b = new BarColumnBuilder(rows.length);
    for (let k = rows.length - 1; k >= 0; k--) {
      const r = rows[k]!;
      const t = typeof r.t === "string" ? Date.parse(r.t) : Number.NaN;
      const vals = [r.o, r.h, r.l, r.c, r.v].map(Number);
      if (Number.isNaN(t) || vals.some((v) => !Number.isFinite(v))) {
        throw new SessionkitError("SK_PROJECTX_RESPONSE", `retrieveBars: bar ${k} is malformed`, {
          path: `bars[${k}]`,
          value: JSON.stringify(r).slice(0, 200),
        });
      }
      b.push(t, vals[0]!, vals[1]!, vals[2]!, vals[3]!, vals[4]!, k);
    }
    return b.finish();
  }
}
