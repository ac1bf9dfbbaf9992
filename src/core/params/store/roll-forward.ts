import { readFile } from "node:fs/promises";
import { SessionkitError } from "../../errors/index.js";
import { sha256Hex } from "../canonical-json.js";
import { type FaultPoint, removeDurable, writeFileAtomic } from "./atomic.js";
import type { Journal } from "./journal.js";
import type { ParamStoreLayout } from "./layout.js";

async function bytesOf(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
}

const shaOf = (b: Buffer | undefined) => (b === undefined ? null : sha256Hex(b));

function corrupt(layout: ParamStoreLayout, journal: Journal, why: string): SessionkitError {
  return new SessionkitError(
    "SK_PARAMS_STORE_CORRUPT",
    `${layout.journal}: cannot finish ${journal.op} of ${journal.strategy}: ${why}`,
    { file: layout.journal, value: journal },
  );
}

/**
 * Completes a journaled operation from whatever state a crash left. Each step checks the file hashes
 * before acting, so running this again (after a crash inside it) is harmless. Order matters: the backup
 * (previous, archive) is always durable before current changes, and the source (stage, previous) is
 * removed only after current holds its bytes.
 */
export async function rollForward(layout: ParamStoreLayout, journal: Journal, fault?: FaultPoint): Promise<void> {
  const id = journal.strategy;
  const currentPath = layout.file("current", id);
  const current = await bytesOf(currentPath);
  if (journal.op === "promote") {
    const stagePath = layout.file("stage", id);
    const previousPath = layout.file("previous", id);
    const cur = shaOf(current);
    if (cur !== journal.newSha && cur !== journal.oldSha)
      throw corrupt(layout, journal, "current changed outside the lock");
    // Back up first (also when the staged file equals current, so previous always holds the replaced file).
    if (cur === journal.oldSha && current !== undefined && shaOf(await bytesOf(previousPath)) !== journal.oldSha) {
      await writeFileAtomic(previousPath, current, fault);
    }
    if (cur !== journal.newSha) {
      const stage = await bytesOf(stagePath);
      if (shaOf(stage) !== journal.newSha) throw corrupt(layout, journal, "the staged file changed or vanished");
      await writeFileAtomic(currentPath, stage!, fault);
    }
    if (shaOf(await bytesOf(stagePath)) === journal.newSha) await removeDurable(stagePath, fault);
    return;
  }
  const previousPath = layout.file("previous", id);
  const archivePath = layout.archiveFile(journal.archive);
  if (shaOf(current) === journal.failedSha && shaOf(await bytesOf(archivePath)) !== journal.failedSha) {
    await writeFileAtomic(archivePath, current!, fault);
  }
  if (shaOf(current) !== journal.restoreSha) {
    const previous = await bytesOf(previousPath);
    if (shaOf(previous) !== journal.restoreSha) throw corrupt(layout, journal, "previous changed or vanished");
    if (shaOf(current) !== journal.failedSha) throw corrupt(layout, journal, "current changed outside the lock");
    await writeFileAtomic(currentPath, previous!, fault);
  }
  if (shaOf(await bytesOf(previousPath)) === journal.restoreSha) await removeDurable(previousPath, fault);
}
