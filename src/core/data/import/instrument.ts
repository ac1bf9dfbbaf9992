import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { SessionkitError } from "../../errors/index.js";
import { isRoot, type Root } from "../bars.js";

/** Contract month codes of the equity-index quarterly cycle. */
export const MONTH_CODES = { H: 3, M: 6, U: 9, Z: 12 } as const;
export type MonthCode = keyof typeof MONTH_CODES;

export interface Instrument {
  readonly root: Root;
  /** e.g. "MESH24"; undefined when only the root is known. */
  readonly contract: string | undefined;
  readonly year: number | undefined;
  readonly month: number | undefined;
  /** Where the answer came from, for `data inspect`. */
  readonly source: "option" | "file-name" | "manifest";
}

// Longest roots first and anchored at the start, so "MESH24" is MES and never ES.
const FILE_NAME = /^(MNQ|MES|NQ|ES)([HMUZ])(\d{2})(?=[_.\- ]|$)/i;

/** Parses a contract code with a two-digit year, such as "MESH24" or "ESZ25" (also a file-name prefix). */
export function parseContract(code: string): { root: Root; month: number; year: number; contract: string } | undefined {
  const m = FILE_NAME.exec(code);
  if (m === null) return undefined;
  const root = m[1]!.toUpperCase() as Root;
  const letter = m[2]!.toUpperCase() as MonthCode;
  return { root, month: MONTH_CODES[letter], year: 2000 + Number(m[3]), contract: `${root}${letter}${m[3]}` };
}

/**
 * The instrument of a bar file: `--symbol` (a root like ES or a contract like ESM26), else the file name
 * `<ROOT><H|M|U|Z><yy>_…`, else the `manifest.json` beside the file (entries `{file, instrument,
 * contract}`); otherwise SK_DATA_INSTRUMENT_UNKNOWN.
 */
export function resolveInstrument(file: string, symbol?: string): Instrument {
  if (symbol !== undefined) {
    const up = symbol.toUpperCase();
    if (isRoot(up)) return { root: up, contract: undefined, year: undefined, month: undefined, source: "option" };
    const c = parseContract(up);
    if (c !== undefined && c.contract === up) return { ...c, source: "option" };
    throw new SessionkitError(
      "SK_DATA_INSTRUMENT_UNKNOWN",
      `--symbol ${JSON.stringify(symbol)} is not ES, NQ, MES, MNQ or a contract like ESM26`,
      {
        file,
        path: "--symbol",
        value: symbol,
      },
    );
  }
  const fromName = parseContract(basename(file));
  if (fromName !== undefined) return { ...fromName, source: "file-name" };
  const fromManifest = fromManifestBeside(file);
  if (fromManifest !== undefined) return fromManifest;
  throw new SessionkitError(
    "SK_DATA_INSTRUMENT_UNKNOWN",
    `${file}: no --symbol, the file name does not start with <ROOT><H|M|U|Z><yy>, and no manifest.json entry names it`,
    { file, value: basename(file) },
  );
}

function fromManifestBeside(file: string): Instrument | undefined {
  const manifest = join(dirname(file), "manifest.json");
  if (!existsSync(manifest)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(manifest, "utf8"));
  } catch (cause) {
    throw new SessionkitError("SK_DATA_INSTRUMENT_UNKNOWN", `${manifest}: not valid JSON`, { file: manifest, cause });
  }
  const entries: unknown[] = Array.isArray(parsed)
    ? parsed
    : Array.isArray((parsed as { files?: unknown }).files)
      ? (parsed as { files: unknown[] }).files
      : [];
  const name = basename(file);
  for (const e of entries) {
    if (typeof e !== "object" || e === null) continue;
    const rec = e as Record<string, unknown>;
    if (rec.file !== name) continue;
    const contract = typeof rec.contract === "string" ? parseContract(rec.contract) : undefined;
    if (contract !== undefined) return { ...contract, source: "manifest" };
    const root = typeof rec.instrument === "string" ? rec.instrument.toUpperCase() : "";
    if (isRoot(root)) return { root, contract: undefined, year: undefined, month: undefined, source: "manifest" };
  }
  return undefined;
}
