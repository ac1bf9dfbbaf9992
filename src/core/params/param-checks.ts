import type { z } from "zod";
import { isPlainRecord, joinPath, type ParamProblem, problem } from "./problems.js";

/** Checks each field of a partial input on its own: unknown keys, types, bounds. Returns the valid fields. */
export function checkPartial(
  shape: Record<string, z.ZodType>,
  input: unknown,
  path: string,
  problems: ParamProblem[],
): Record<string, unknown> {
  const valid: Record<string, unknown> = {};
  if (!isPlainRecord(input)) {
    problems.push(problem(path, "expected an object", input));
    return valid;
  }
  for (const key of Object.keys(input)) {
    const value = input[key];
    const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (field === undefined) {
      problems.push(problem(joinPath(path, key), "unknown key"));
      continue;
    }
    if (value === undefined || value === null) {
      problems.push(problem(joinPath(path, key), "expected a value, not null", value));
      continue;
    }
    if (typeof value === "number" && !Number.isFinite(value)) {
      problems.push(problem(joinPath(path, key), "expected a finite number", value));
      continue;
    }
    const r = field.safeParse(value);
    if (r.success) valid[key] = r.data;
    else for (const issue of r.error.issues) problems.push(problem(joinPath(path, key), issueMessage(issue), value));
  }
  return valid;
}

/** zod's issue as a short clause in the words of the SPEC's examples ("must be <= 4"). */
export function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "too_big":
      return `must be ${issue.inclusive === false ? "<" : "<="} ${String(issue.maximum)}`;
    case "too_small":
      return `must be ${issue.inclusive === false ? ">" : ">="} ${String(issue.minimum)}`;
    case "invalid_type":
      return issue.expected === "int" ? "expected an integer" : `expected a ${issue.expected}`;
    case "invalid_value":
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(" | ")}`;
    default:
      return issue.message.replace(/^Invalid input: /, "");
  }
}

/** Whole-set check (cross-field rules) of an effective set; field issues were reported by checkPartial. */
// A session that does not touch the fields of a failing rule repeats the defaults' message; `skip`
// drops those repeats so each violation is reported once, where it was introduced.
export function checkWhole(
  schema: z.ZodType,
  values: Record<string, unknown>,
  path: string,
  problems: ParamProblem[],
  skip: ReadonlySet<string> = new Set(),
): Set<string> {
  const messages = new Set<string>();
  const r = schema.safeParse(values);
  if (r.success) return messages;
  for (const issue of r.error.issues) {
    const message = issueMessage(issue);
    messages.add(message);
    if (skip.has(message)) continue;
    const at = issue.path.reduce<string>((p, k) => joinPath(p, typeof k === "number" ? k : String(k)), path);
    problems.push(problem(at || "(root)", message));
  }
  return messages;
}
