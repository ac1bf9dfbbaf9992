import { readFile } from "node:fs/promises";
import { SessionkitError } from "../errors/index.js";
import { parametersHash } from "./canonical-json.js";
import { type ParamFileInput, readParamEnvelope } from "./file-format.js";
import { MAX_PARAM_FILE_BYTES, parseJsonStrict } from "./json-parse.js";
import { type ParamSet, resolveParamSet } from "./param-set.js";
import { formatProblem, type ParamProblem, problem } from "./problems.js";
import type { ParamSchemaRegistry } from "./registry.js";

export interface LoadOptions {
  readonly registry: ParamSchemaRegistry;
  /** Expected strategy (any case); a file for another strategy is then a problem. */
  readonly strategy?: string;
  /** Shown as the origin of the set and in error messages. */
  readonly file?: string;
}

export type LoadResult =
  | { readonly ok: true; readonly input: ParamFileInput; readonly set: ParamSet; readonly problems: readonly [] }
  | { readonly ok: false; readonly problems: readonly ParamProblem[] };

/** Parses and validates a parameter file's text, collecting every problem (SPEC §4 `params validate`). */
export function loadParamText(text: string, opts: LoadOptions): LoadResult {
  if (text.length > MAX_PARAM_FILE_BYTES) {
    return { ok: false, problems: [problem("(file)", `larger than ${MAX_PARAM_FILE_BYTES} bytes`, text.length)] };
  }
  const parsed = parseJsonStrict(text);
  if (!parsed.ok) {
    return {
      ok: false,
      problems: [problem("(file)", `invalid JSON at ${parsed.line}:${parsed.col}: ${parsed.message}`)],
    };
  }
  const problems: ParamProblem[] = [];
  const input = readParamEnvelope(parsed.value, problems);
  if (input === undefined) return { ok: false, problems };
  const entry = opts.registry.has(input.strategy) ? opts.registry.get(input.strategy) : undefined;
  if (entry === undefined) {
    problems.push(
      problem("strategy", `unknown strategy (expected ${opts.registry.ids().join(" | ")})`, input.strategy),
    );
    return { ok: false, problems };
  }
  if (input.strategy !== entry.strategy) {
    problems.push(problem("strategy", `expected the exact id ${entry.strategy}`, input.strategy));
  }
  if (opts.strategy !== undefined && opts.strategy.toUpperCase() !== entry.strategy.toUpperCase()) {
    problems.push(
      problem("strategy", `file is for ${entry.strategy}, expected ${opts.strategy.toUpperCase()}`, input.strategy),
    );
  }
  const set = resolveParamSet(
    entry,
    { defaults: input.defaults, sessions: input.sessions, origin: opts.file ?? "(text)" },
    problems,
  );
  if (set !== undefined && input.parametersHash !== undefined) {
    const expected = parametersHash(entry.strategy, set.fileDefaults, set.fileSessions);
    if (expected !== input.parametersHash) {
      problems.push(
        problem("parametersHash", `does not match the contents (expected ${expected})`, input.parametersHash),
      );
    }
  }
  if (problems.length > 0 || set === undefined) return { ok: false, problems };
  return { ok: true, input, set, problems: [] };
}

/** Reads and validates a file; a read failure is one problem naming the file. */
export async function loadParamFile(path: string, opts: Omit<LoadOptions, "file">): Promise<LoadResult> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "EIO";
    return { ok: false, problems: [problem("(file)", `cannot read ${path}: ${code}`)] };
  }
  return loadParamText(text, { ...opts, file: path });
}

/** The SessionkitError for a failed load: headline names the file, details carry every problem line. */
export function paramsInvalidError(problems: readonly ParamProblem[], file?: string): SessionkitError {
  const first = problems[0];
  return new SessionkitError(
    "SK_PARAMS_INVALID",
    `${file ?? "parameter file"}: ${problems.length} problem${problems.length === 1 ? "" : "s"}`,
    {
      ...(file !== undefined && { file }),
      ...(first !== undefined && { path: first.path, value: first.value }),
      details: problems.map(formatProblem),
    },
  );
}

/** Loads and throws SK_PARAMS_INVALID with every problem when the file is not valid. */
export async function loadParamFileOrThrow(path: string, opts: Omit<LoadOptions, "file">): Promise<ParamSet> {
  const r = await loadParamFile(path, opts);
  if (!r.ok) throw paramsInvalidError(r.problems, path);
  return r.set;
}
