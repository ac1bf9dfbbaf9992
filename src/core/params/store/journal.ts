/**
 * The intent record of a multi-file operation, written (atomically) before its first change and removed
 * after its last. Recovery reads it and rolls the operation forward; every step is idempotent, so a
 * crash during recovery is recovered the same way. Files are identified by the SHA-256 of their bytes.
 */
export type Journal =
  | {
      readonly op: "promote";
      readonly strategy: string;
      /** SHA-256 of the stage file being promoted. */
      readonly newSha: string;
      /** SHA-256 of the current file it replaces, or null when there was none. */
      readonly oldSha: string | null;
    }
  | {
      readonly op: "rollback";
      readonly strategy: string;
      /** SHA-256 of the failed current file, archived as `archive`. */
      readonly failedSha: string;
      /** SHA-256 of the previous file being restored. */
      readonly restoreSha: string;
      /** Archive file name, fixed before the first step so a retry writes the same one. */
      readonly archive: string;
    };

const SHA = /^[0-9a-f]{64}$/;

/** Reads a journal written by this module; anything else is undefined (the caller reports it). */
export function parseJournal(text: string): Journal | undefined {
  let j: Record<string, unknown>;
  try {
    j = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (typeof j !== "object" || j === null || typeof j.strategy !== "string") return undefined;
  const isSha = (v: unknown) => typeof v === "string" && SHA.test(v);
  if (j.op === "promote" && isSha(j.newSha) && (j.oldSha === null || isSha(j.oldSha))) return j as Journal;
  if (j.op === "rollback" && isSha(j.failedSha) && isSha(j.restoreSha) && typeof j.archive === "string") {
    return j as Journal;
  }
  return undefined;
}
