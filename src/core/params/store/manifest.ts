import { readdir, readFile } from "node:fs/promises";
import { sha256Hex } from "../canonical-json.js";
import { type FaultPoint, writeFileAtomic } from "./atomic.js";
import { PARAM_SLOTS, type ParamSlot, type ParamStoreLayout } from "./layout.js";

export interface ManifestSlotEntry {
  /** SHA-256 of the file's bytes. */
  readonly sha256: string;
  /** The file's own `parametersHash` (of its canonical content), when it has one. */
  readonly parametersHash: string | null;
  readonly bytes: number;
}

export interface ParamManifest {
  readonly version: 1;
  readonly updatedAt: string;
  readonly strategies: Readonly<
    Record<string, Partial<Record<ParamSlot, ManifestSlotEntry>> & { readonly archive: readonly string[] }>
  >;
}

async function listJson(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((n) => n.endsWith(".json") && !n.startsWith(".")).sort();
  } catch {
    return [];
  }
}

/** The `parametersHash` a file declares, or null. */
export function ownHash(text: string): string | null {
  try {
    const h = (JSON.parse(text) as { parametersHash?: unknown }).parametersHash;
    return typeof h === "string" ? h : null;
  } catch {
    return null;
  }
}

/**
 * The manifest is an index derived from the files, never a source of truth: it is rebuilt from the
 * directories after every operation and by recovery, so it cannot disagree with them for long.
 */
export async function buildManifest(layout: ParamStoreLayout, now: Date): Promise<ParamManifest> {
  const strategies: Record<string, Record<string, unknown> & { archive: string[] }> = {};
  const slotOf = (s: string) => {
    strategies[s] ??= { archive: [] };
    return strategies[s];
  };
  for (const slot of PARAM_SLOTS) {
    for (const name of await listJson(layout.dir(slot))) {
      const text = await readFile(layout.file(slot, name.slice(0, -5)), "utf8");
      slotOf(name.slice(0, -5))[slot] = {
        sha256: sha256Hex(text),
        parametersHash: ownHash(text),
        bytes: Buffer.byteLength(text),
      };
    }
  }
  for (const name of await listJson(layout.dir("archive"))) {
    const strategy = name.split(".")[0] ?? name;
    slotOf(strategy).archive.push(name);
  }
  return { version: 1, updatedAt: now.toISOString(), strategies: strategies as ParamManifest["strategies"] };
}

export async function writeManifest(layout: ParamStoreLayout, now: Date, fault?: FaultPoint): Promise<ParamManifest> {
  const manifest = await buildManifest(layout, now);
  await writeFileAtomic(layout.manifest, `${JSON.stringify(manifest, null, 2)}\n`, fault);
  return manifest;
}

/** True when manifest.json describes the files as they are (recovery rebuilds it otherwise). */
export async function manifestInStep(layout: ParamStoreLayout, now: Date): Promise<boolean> {
  try {
    const onDisk = (JSON.parse(await readFile(layout.manifest, "utf8")) as ParamManifest).strategies;
    const actual = (await buildManifest(layout, now)).strategies;
    return JSON.stringify(onDisk) === JSON.stringify(actual);
  } catch {
    return false;
  }
}
