import { randomBytes } from "node:crypto";
import { open, readFile, rename, rm, stat } from "node:fs/promises";
import { hostname } from "node:os";
import { SessionkitError } from "../../errors/index.js";

/**
 * A cross-process lock: a lock file created with O_EXCL ("wx") holding `{pid, host, token}`.
 *
 * Why not proper-lockfile: it detects staleness only by mtime, which a holder must keep refreshing on a
 * timer, so a holder killed with SIGKILL blocks everyone for the whole stale period (seconds). Store
 * operations are short and usually on one host, where a dead holder is detected at once with
 * `kill(pid, 0)`; a lock from another host is stale only after `staleMs`.
 */
export interface LockOptions {
  readonly timeoutMs?: number;
  readonly retryMs?: number;
  /** Age after which a lock held by another host is presumed dead. */
  readonly staleMs?: number;
}

interface LockBody {
  readonly pid: number;
  readonly host: string;
  readonly token: string;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function readBody(path: string): Promise<LockBody | undefined> {
  try {
    const body = JSON.parse(await readFile(path, "utf8")) as LockBody;
    return typeof body.pid === "number" && typeof body.token === "string" ? body : undefined;
  } catch {
    return undefined;
  }
}

async function isStale(path: string, body: LockBody | undefined, staleMs: number): Promise<boolean> {
  if (body !== undefined && body.host === hostname()) return body.pid !== process.pid && !processAlive(body.pid);
  // Unreadable (a holder killed between create and write) or foreign: judge by age.
  try {
    return Date.now() - (await stat(path)).mtimeMs > staleMs;
  } catch {
    return false;
  }
}

/** Acquires the lock at `path`; resolves to a release function. */
export async function acquireLock(path: string, opts: LockOptions = {}): Promise<() => Promise<void>> {
  const { timeoutMs = 10_000, retryMs = 5, staleMs = 60_000 } = opts;
  const token = randomBytes(8).toString("hex");
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fh = await open(path, "wx", 0o644);
      try {
        await fh.writeFile(JSON.stringify({ pid: process.pid, host: hostname(), token }));
        await fh.sync();
      } finally {
        await fh.close();
      }
      return async () => {
        const body = await readBody(path);
        if (body?.token === token) await rm(path, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const body = await readBody(path);
    if (await isStale(path, body, body === undefined ? Math.min(staleMs, 2_000) : staleMs)) {
      await breakStale(path, body);
      continue;
    }
    if (Date.now() > deadline) {
      throw new SessionkitError("SK_PARAMS_LOCK_TIMEOUT", `${path}: lock held by pid ${body?.pid ?? "?"}`, {
        file: path,
        value: body,
      });
    }
    await new Promise((r) => setTimeout(r, retryMs));
  }
}

/**
 * Moves a stale lock aside with an atomic rename, then checks it was the one judged stale. If another
 * process replaced it in between, that fresh lock is put back (rename over nothing, since ours failed).
 */
async function breakStale(path: string, judged: LockBody | undefined): Promise<void> {
  const aside = `${path}.stale.${randomBytes(4).toString("hex")}`;
  try {
    await rename(path, aside);
  } catch {
    return;
  }
  const moved = await readBody(aside);
  if (judged !== undefined && moved !== undefined && moved.token !== judged.token) {
    try {
      const fh = await open(path, "wx");
      await fh.close();
      await rename(aside, path);
      return;
    } catch {
      // Someone else holds a new lock already; the moved one was theirs before and is now superseded.
    }
  }
  await rm(aside, { force: true });
}
