import type { z } from "zod";
import type { ErrorCode } from "./catalogue.js";
import { formatValue, SessionkitError } from "./sessionkit-error.js";

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

/** Renders a zod path as `a.b[0].c`, with a prefix such as `options` or `sessions.RTH`. */
export function formatPath(path: readonly PathKey[], prefix = ""): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out === "" ? "(root)" : out;
}

function valueAt(input: unknown, path: readonly PathKey[]): unknown {
  let cur: unknown = input;
  for (const key of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    if (!Object.hasOwn(cur as object, key as PropertyKey)) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key as PropertyKey];
  }
  return cur;
}

/** One human line per issue: `path: message (received value)`. Unknown keys name each key. */
export function describeIssue(issue: Issue, input: unknown, prefix = ""): string[] {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((k) => `${formatPath([...issue.path, k], prefix)}: unknown key`);
  }
  const path = formatPath(issue.path, prefix);
  if (issue.code === "invalid_union" && issue.errors.length > 0) {
    // Report the branch that got furthest rather than zod's generic "invalid input".
    const best = issue.errors.reduce((a, b) => (b.length < a.length ? b : a));
    if (best.length > 0)
      return best.flatMap((i) => describeIssue({ ...i, path: [...issue.path, ...i.path] }, input, prefix));
  }
  const value = valueAt(input, issue.path);
  const received = value === undefined && issue.code === "invalid_type" ? "missing" : formatValue(value);
  // zod says "expected boolean, received string"; the value itself is more useful than its type.
  const message = issue.message.replace(/^Invalid (input|option): /, "").replace(/, received \w+$/, "");
  return [`${path}: ${message} (received ${received})`];
}

export interface FromZodOptions {
  readonly file?: string;
  readonly prefix?: string;
  readonly hint?: string;
  readonly plugin?: string;
}

/** Converts a failed zod parse into one SessionkitError whose detail lines name every field and value. */
export function fromZodError(
  code: ErrorCode,
  headline: string,
  error: z.ZodError,
  input: unknown,
  opts: FromZodOptions = {},
): SessionkitError {
  const details = error.issues.flatMap((i) => describeIssue(i, input, opts.prefix));
  const first = error.issues[0];
  return new SessionkitError(code, headline, {
    details,
    file: opts.file,
    plugin: opts.plugin,
    hint: opts.hint,
    path: first ? formatPath(first.path, opts.prefix) : undefined,
    value: first ? valueAt(input, first.path) : undefined,
    cause: error,
  });
}
