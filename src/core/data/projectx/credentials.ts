import { SessionkitError } from "../../errors/index.js";

export interface ProjectXCredentials {
  readonly username: string;
  readonly apiKey: string;
  readonly baseUrl: string;
}

export const DEFAULT_PROJECTX_URL = "https://api.topstepx.com";

/**
 * Credentials come only from the environment (PROJECTX_USERNAME, PROJECTX_API_KEY, PROJECTX_API_URL);
 * never from files or config. The error for a missing one names the variable, never a value.
 */
export function readProjectXCredentials(env: NodeJS.ProcessEnv = process.env): ProjectXCredentials {
  const need = (name: string): string => {
    const v = env[name];
    if (v === undefined || v.trim() === "") {
      throw new SessionkitError("SK_SECRET_MISSING", `environment variable ${name} is not set`, { path: name });
    }
    return v.trim();
  };
  const username = need("PROJECTX_USERNAME");
  const apiKey = need("PROJECTX_API_KEY");
  const baseUrl = (env.PROJECTX_API_URL?.trim() || DEFAULT_PROJECTX_URL).replace(/\/+$/, "");
  return { username, apiKey, baseUrl };
}

/** Replaces every occurrence of the secrets in a text (defence in depth for messages built from bodies). */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join("[redacted]");
  return out;
}
