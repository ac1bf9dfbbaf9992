import { mkdir } from "node:fs/promises";
import { SessionkitError } from "../../errors/index.js";
import { sha256Hex } from "../canonical-json.js";
import { type ParamFile, serializeParamFile } from "../file-format.js";
import { type LoadResult, loadParamText, paramsInvalidError } from "../load.js";
import { readText, removeDurable, removeStrayTemps, writeFileAtomic } from "./atomic.js";
import { type Journal, parseJournal } from "./journal.js";
import { archiveStamp, PARAM_SLOTS, type ParamSlot, ParamStoreLayout } from "./layout.js";
import { acquireLock } from "./lock.js";
import { manifestInStep, ownHash, type ParamManifest, writeManifest } from "./manifest.js";
import { rollForward } from "./roll-forward.js";
import type { ParamStoreOptions, PromoteResult, RollbackResult } from "./types.js";

export type { ParamStoreOptions, PromoteResult, RollbackResult } from "./types.js";

/**
 * `<artifacts>/parameters/{stage,current,previous,archive}/<STRATEGY>.json` plus `manifest.json`.
 * Promote and rollback are journaled: the intent is written first, then rolled forward by the same code
 * that recovery runs, so a crash at any step leaves one valid current and a consistent previous once the
 * store is next opened (or the next operation starts).
 */
export class ParamFileStore {
  readonly layout: ParamStoreLayout;
  readonly #opts: ParamStoreOptions;

  private constructor(artifactsDir: string, opts: ParamStoreOptions) {
    this.layout = new ParamStoreLayout(artifactsDir);
    this.#opts = opts;
  }

  /** Opens (creating the folders) and recovers any interrupted operation. */
  static async open(artifactsDir: string, opts: ParamStoreOptions): Promise<ParamFileStore> {
    const store = new ParamFileStore(artifactsDir, opts);
    for (const slot of [...PARAM_SLOTS, "archive"] as const) await mkdir(store.layout.dir(slot), { recursive: true });
    await store.recover();
    return store;
  }

  #now(): Date {
    return this.#opts.now?.() ?? new Date();
  }

  async #locked<T>(fn: () => Promise<T>): Promise<T> {
    const release = await acquireLock(this.layout.lock, this.#opts.lock);
    try {
      return await fn();
    } finally {
      await release();
    }
  }

  /** Finishes an interrupted promote/rollback and removes stray temp files. Returns what it repaired. */
  async recover(): Promise<string[]> {
    return this.#locked(() => this.#recoverLocked());
  }

  async #recoverLocked(): Promise<string[]> {
    const repaired: string[] = [];
    for (const slot of [...PARAM_SLOTS, "archive"] as const) {
      const n = await removeStrayTemps(this.layout.dir(slot));
      if (n > 0) repaired.push(`removed ${n} temp file(s) in ${slot}/`);
    }
    await removeStrayTemps(this.layout.root);
    const text = await readText(this.layout.journal);
    if (text !== undefined) {
      const journal = parseJournal(text);
      if (journal === undefined) {
        throw new SessionkitError("SK_PARAMS_STORE_CORRUPT", `${this.layout.journal}: unreadable journal`, {
          file: this.layout.journal,
        });
      }
      await this.#finish(journal);
      repaired.push(`finished interrupted ${journal.op} of ${journal.strategy}`);
    } else if (!(await manifestInStep(this.layout, this.#now()))) {
      await writeManifest(this.layout, this.#now(), this.#opts.fault);
      repaired.push("rebuilt manifest.json from the files");
    }
    return repaired;
  }

  async #finish(journal: Journal): Promise<void> {
    await rollForward(this.layout, journal, this.#opts.fault);
    await writeManifest(this.layout, this.#now(), this.#opts.fault);
    await removeDurable(this.layout.journal, this.#opts.fault);
  }

  #id(strategy: string): string {
    return this.#opts.registry.get(strategy).strategy;
  }

  /** The raw text of a slot's file, or undefined when absent. */
  async readText(slot: ParamSlot, strategy: string): Promise<string | undefined> {
    return readText(this.layout.file(slot, this.#id(strategy)));
  }

  /** Loads and validates a slot's file; undefined when absent. */
  async read(slot: ParamSlot, strategy: string): Promise<LoadResult | undefined> {
    const path = this.layout.file(slot, this.#id(strategy));
    const text = await readText(path);
    if (text === undefined) return undefined;
    return loadParamText(text, { registry: this.#opts.registry, strategy, file: path });
  }

  /** Writes a validated file to stage/ (the trainer's and `params import`'s destination). */
  async writeStage(file: ParamFile): Promise<string> {
    const id = this.#id(file.strategy);
    const text = serializeParamFile(file);
    const path = this.layout.file("stage", id);
    const check = loadParamText(text, { registry: this.#opts.registry, strategy: id, file: path });
    if (!check.ok) throw paramsInvalidError(check.problems, path);
    await this.#locked(async () => {
      await this.#recoverLocked();
      await writeFileAtomic(path, text, this.#opts.fault);
      await writeManifest(this.layout, this.#now(), this.#opts.fault);
    });
    return path;
  }

  async #requireValid(slot: ParamSlot, id: string): Promise<{ text: string; hash: string }> {
    const path = this.layout.file(slot, id);
    const text = await readText(path);
    if (text === undefined) {
      throw new SessionkitError("SK_PARAMS_NOT_FOUND", `${path} does not exist`, { file: path });
    }
    const r = loadParamText(text, { registry: this.#opts.registry, strategy: id, file: path });
    if (!r.ok) throw paramsInvalidError(r.problems, path);
    return { text, hash: r.set.parametersHash };
  }

  /** stage → current, backing up current → previous, in one journaled step. */
  async promote(strategy: string): Promise<PromoteResult> {
    const id = this.#id(strategy);
    return this.#locked(async () => {
      await this.#recoverLocked();
      const stage = await this.#requireValid("stage", id);
      const current = await readText(this.layout.file("current", id));
      const replaced = current === undefined ? null : ownHash(current);
      const journal: Journal = {
        op: "promote",
        strategy: id,
        newSha: sha256Hex(stage.text),
        oldSha: current === undefined ? null : sha256Hex(current),
      };
      await writeFileAtomic(this.layout.journal, JSON.stringify(journal), this.#opts.fault);
      await this.#finish(journal);
      return { strategy: id, parametersHash: stage.hash, replacedHash: replaced };
    });
  }

  /** previous → current, archiving the failed current as `archive/<S>.<yyyyMMddTHHmmssZ>.failed.json`. */
  async rollback(strategy: string): Promise<RollbackResult> {
    const id = this.#id(strategy);
    return this.#locked(async () => {
      await this.#recoverLocked();
      const previous = await this.#requireValid("previous", id);
      const current = await readText(this.layout.file("current", id));
      if (current === undefined) {
        throw new SessionkitError("SK_PARAMS_NOT_FOUND", `${this.layout.file("current", id)} does not exist`);
      }
      const archive = `${id}.${archiveStamp(this.#now())}.failed.json`;
      const journal: Journal = {
        op: "rollback",
        strategy: id,
        failedSha: sha256Hex(current),
        restoreSha: sha256Hex(previous.text),
        archive,
      };
      await writeFileAtomic(this.layout.journal, JSON.stringify(journal), this.#opts.fault);
      await this.#finish(journal);
      return { strategy: id, restoredHash: previous.hash, archived: this.layout.archiveFile(archive) };
    });
  }

  /** The manifest as on disk (rebuilt if missing). */
  async manifest(): Promise<ParamManifest> {
    const text = await readText(this.layout.manifest);
    if (text !== undefined) return JSON.parse(text) as ParamManifest;
    return this.#locked(() => writeManifest(this.layout, this.#now(), this.#opts.fault));
  }
}
