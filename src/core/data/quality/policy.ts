import { z } from "zod";

/**
 * What a dataset load checks (SPEC §2). Row kinds are decided while parsing; the others after all rows
 * are read. `non-utc-offset` covers timestamps written with an offset other than Z (mixed time zones):
 * they are converted to UTC exactly, and reported because a mixed file usually means a bad export.
 */
export const FINDING_KINDS = [
  "unparseable",
  "non-positive",
  "inconsistent-ohlc",
  "non-utc-offset",
  "out-of-order",
  "duplicate",
  "closed-market",
  "gap",
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** reject = throw SK_DATA_REJECTED; drop = remove the row and report it; keep = keep it and report it. */
export type FindingAction = "reject" | "drop" | "keep";

const rejectDrop = z.enum(["reject", "drop"]);
const all = z.enum(["reject", "drop", "keep"]);

/**
 * Per-kind policy. Some actions are impossible and refused by the schema: an unparseable row cannot be
 * kept, a duplicate timestamp cannot be kept in a strictly increasing series, and a gap has no row to
 * drop. For `out-of-order`, keep means "sort it into place", drop means "drop rows earlier than a row
 * before them".
 */
export const QualityPolicySchema = z.strictObject({
  unparseable: rejectDrop.default("drop"),
  "non-positive": all.default("drop"),
  "inconsistent-ohlc": all.default("drop"),
  "non-utc-offset": all.default("keep"),
  "out-of-order": all.default("keep"),
  duplicate: rejectDrop.default("drop"),
  "closed-market": all.default("keep"),
  gap: z.enum(["reject", "keep"]).default("keep"),
});
export type QualityPolicy = z.output<typeof QualityPolicySchema>;
export type QualityPolicyInput = z.input<typeof QualityPolicySchema>;

/** The SPEC §2 defaults. */
export const DEFAULT_QUALITY_POLICY: QualityPolicy = Object.freeze(QualityPolicySchema.parse({}));

export function resolvePolicy(input: QualityPolicyInput | undefined): QualityPolicy {
  return input === undefined ? DEFAULT_QUALITY_POLICY : QualityPolicySchema.parse(input);
}

/** Options of the quality checks beyond the per-kind policy. */
export interface QualityOptions {
  readonly policy?: QualityPolicyInput;
  /**
   * A gap is reported when more than this many minutes of OPEN market time have no bar. Minutes with no
   * trade are absent in real data (README: up to 12 in a row), so the default is 15, not 1.
   */
  readonly maxMissingOpenMinutes?: number;
  /** Findings stored per kind; counts are always complete, `omitted` says how many were not stored. */
  readonly maxFindingsPerKind?: number;
}
