import { SessionkitError } from "../../errors/index.js";
import type { ProjectXCredentials } from "./credentials.js";
import { type HttpSettings, postJson, UnauthorizedError } from "./http.js";
import type { RateLimiter } from "./rate-limiter.js";

interface LoginResponse {
  token?: string | null;
  success?: boolean;
  errorCode?: number;
  errorMessage?: string | null;
}
interface ValidateResponse {
  newToken?: string | null;
  success?: boolean;
}

/** Refresh this long before the token's `exp` (the reference's auth service used 120 s too). */
export const REFRESH_MARGIN_MS = 120_000;
/** Assumed lifetime when a token is not a readable JWT: short, so it is re-validated often. */
const FALLBACK_LIFETIME_MS = 30 * 60_000;

/**
 * Bearer token for the Gateway: logs in with POST /api/Auth/loginKey (HTTP 200 with success:false is a
 * failed login), and before the JWT's expiry re-validates with POST /api/Auth/validate, falling back to
 * a fresh login when validation fails. The token lives only in memory.
 */
export class ProjectXAuth {
  private token: string | undefined;
  private expiresAt = 0;

  constructor(
    private readonly http: HttpSettings,
    private readonly limiter: RateLimiter,
    private readonly credentials: ProjectXCredentials,
  ) {}

  /** The current token (for redaction); undefined before login. */
  current(): string | undefined {
    return this.token;
  }

  async bearer(): Promise<string> {
    const now = this.http.clock.now();
    if (this.token === undefined) return this.login();
    if (now >= this.expiresAt - REFRESH_MARGIN_MS) return this.refresh();
    return this.token;
  }

  /** Forget the token (after a 401) so the next call logs in again. */
  invalidate(): void {
    this.token = undefined;
  }

  private async login(): Promise<string> {
    const res = (await postJson(this.http, this.limiter, "/api/Auth/loginKey", {
      userName: this.credentials.username,
      apiKey: this.credentials.apiKey,
    })) as LoginResponse;
    if (res?.success !== true || typeof res.token !== "string" || res.token === "") {
      const code = res?.errorCode ?? "none";
      const why = res?.errorCode === 3 ? "invalid credentials" : (res?.errorMessage ?? "no token returned");
      throw new SessionkitError(
        "SK_PROJECTX_AUTH",
        `ProjectX login for user ${this.credentials.username} failed: success=${String(res?.success)}, errorCode=${code} (${why})`,
        { path: "/api/Auth/loginKey", value: code },
      );
    }
    return this.accept(res.token);
  }

  private async refresh(): Promise<string> {
    try {
      const res = (await postJson(this.http, this.limiter, "/api/Auth/validate", {}, this.token)) as ValidateResponse;
      if (res?.success === true && typeof res.newToken === "string" && res.newToken !== "") {
        return this.accept(res.newToken);
      }
    } catch (e) {
      // A refused or failed validation is not fatal: a fresh login below decides.
      if (!(e instanceof SessionkitError) && !(e instanceof UnauthorizedError)) throw e;
    }
    this.http.log("projectx: token validation failed; logging in again");
    return this.login();
  }

  private accept(token: string): string {
    this.token = token;
    this.expiresAt = jwtExpiry(token) ?? this.http.clock.now() + FALLBACK_LIFETIME_MS;
    return token;
  }
}

/** `exp` claim of a JWT in epoch ms, or undefined if the token is not a JWT. */
export function jwtExpiry(token: string): number | undefined {
  const payload = token.split(".")[1];
  if (payload === undefined) return undefined;
  try {
    const exp = (JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { exp?: unknown }).exp;
    return typeof exp === "number" ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}
