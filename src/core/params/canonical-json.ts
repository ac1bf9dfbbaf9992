import { createHash } from "node:crypto";

/**
 * RFC 8785 (JSON Canonicalization Scheme). ECMAScript's own serialisation is what the RFC prescribes:
 * numbers as Number.prototype.toString (JSON.stringify of a finite number), strings as JSON.stringify,
 * object keys sorted by UTF-16 code units (the default Array.prototype.sort order), no whitespace.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "boolean":
      return value ? "true" : "false";
    case "string":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`RFC 8785 cannot represent ${value}`);
      // JSON.stringify(-0) is "0", as the RFC requires.
      return JSON.stringify(value);
    case "object": {
      if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
      const obj = value as Record<string, unknown>;
      const keys = Object.keys(obj)
        .filter((k) => obj[k] !== undefined)
        .sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(",")}}`;
    }
    default:
      throw new TypeError(`RFC 8785 cannot represent a ${typeof value}`);
  }
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** SPEC §4: SHA-256 hex of the canonical JSON of `{strategy, defaults, sessions}`. */
export function parametersHash(strategy: string, defaults: object, sessions: object): string {
  return sha256Hex(canonicalJson({ strategy, defaults, sessions }));
}
