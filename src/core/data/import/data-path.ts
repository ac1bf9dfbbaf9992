import { statSync } from "node:fs";
import { resolve } from "node:path";
import { SessionkitError } from "../../errors/index.js";

/** What a data path given by the user is. */
export type DataPathKind = "file" | "dir";

/**
 * Checks a bar file or data directory named by the user before anything reads it, so a typo is a coded
 * data error naming the path (SK_DATA_UNREADABLE, exit 4) instead of a raw ENOENT. `accept: "file"`
 * also refuses a directory. Returns what the path is.
 */
export function checkDataPath(path: string, accept: "file" | "file-or-dir" = "file"): DataPathKind {
  const abs = resolve(path);
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(abs, { throwIfNoEntry: false });
  } catch (cause) {
    throw new SessionkitError("SK_DATA_UNREADABLE", `${path}: cannot be read (${messageOf(cause)})`, {
      file: path,
      value: path,
      cause,
    });
  }
  if (st === undefined) {
    const what = accept === "file" ? "bar file" : "bar file or directory";
    throw new SessionkitError("SK_DATA_UNREADABLE", `${path}: no such ${what}`, {
      file: path,
      value: path,
      details: [`resolved to ${abs}`],
      hint: "check the path; relative paths resolve against the working directory.",
    });
  }
  if (st.isDirectory()) {
    if (accept === "file") {
      throw new SessionkitError("SK_DATA_UNREADABLE", `${path}: is a directory, not a bar file`, {
        file: path,
        value: path,
        hint: "name one bar file (.csv, .csv.gz, .txt or .json, optionally .gz).",
      });
    }
    return "dir";
  }
  return "file";
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
