import { join } from "node:path";

/** The four slots of the store (SPEC §4): stage (trainer output), current (live), previous (backup), archive. */
export const PARAM_SLOTS = ["stage", "current", "previous"] as const;
export type ParamSlot = (typeof PARAM_SLOTS)[number];

/** Paths under `<artifacts>/parameters`. */
export class ParamStoreLayout {
  readonly root: string;
  constructor(artifactsDir: string) {
    this.root = join(artifactsDir, "parameters");
  }
  dir(slot: ParamSlot | "archive"): string {
    return join(this.root, slot);
  }
  file(slot: ParamSlot, strategy: string): string {
    return join(this.root, slot, `${strategy}.json`);
  }
  archiveFile(name: string): string {
    return join(this.root, "archive", name);
  }
  get manifest(): string {
    return join(this.root, "manifest.json");
  }
  get journal(): string {
    return join(this.root, "journal.json");
  }
  get lock(): string {
    return join(this.root, ".lock");
  }
}

/** `yyyyMMddTHHmmssZ` in UTC, the archive timestamp. */
export function archiveStamp(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}Z$/, "Z");
}
