import { randomBytes } from "node:crypto";
import { open, readdir, readFile, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * A named point in a multi-step write. Tests inject a hook that kills the process at the N-th point, so
 * every interleaving of a crash with the store's steps is exercised (see store.fault.int.test.ts).
 */
export type FaultPoint = (step: string) => void;

const TMP_SUFFIX = ".tmp";

/** fsync a directory so a rename or unlink in it survives a power loss (POSIX; a no-op error elsewhere). */
export async function fsyncDir(dir: string): Promise<void> {
  let fh: Awaited<ReturnType<typeof open>> | undefined;
  try {
    fh = await open(dir, "r");
    await fh.sync();
  } catch (e) {
    // Some platforms (Windows) cannot open or fsync a directory; durability there rests on rename alone.
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== "EISDIR" && code !== "EPERM" && code !== "EINVAL" && code !== "EBADF") throw e;
  } finally {
    await fh?.close();
  }
}

/**
 * Writes `data` to `path` so a reader sees either the old file or the whole new one, never a part:
 * write a sibling temp file, fsync it, rename it over the target, fsync the directory.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, fault?: FaultPoint): Promise<void> {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}${TMP_SUFFIX}`);
  const fh = await open(tmp, "wx", 0o644);
  try {
    await fh.writeFile(data);
    fault?.(`write ${basename(path)}: temp written`);
    await fh.sync();
  } finally {
    await fh.close();
  }
  fault?.(`write ${basename(path)}: temp synced`);
  await rename(tmp, path);
  fault?.(`write ${basename(path)}: renamed`);
  await fsyncDir(dir);
  fault?.(`write ${basename(path)}: dir synced`);
}

/** Removes a file (if present) and makes the removal durable. */
export async function removeDurable(path: string, fault?: FaultPoint): Promise<void> {
  await rm(path, { force: true });
  fault?.(`remove ${basename(path)}`);
  await fsyncDir(dirname(path));
}

/** Deletes temp files a crashed writer left behind (recovery runs this under the store lock). */
export async function removeStrayTemps(dir: string): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  const stray = names.filter((n) => n.startsWith(".") && n.endsWith(TMP_SUFFIX));
  for (const n of stray) await rm(join(dir, n), { force: true });
  return stray.length;
}

/** A file's text, or undefined when it does not exist (other errors propagate). */
export async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
}
