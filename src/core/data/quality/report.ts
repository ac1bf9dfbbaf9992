import { SessionkitError } from "../../errors/index.js";
import { FINDING_KINDS, type FindingAction, type FindingKind, type QualityPolicy } from "./policy.js";

/** One data-quality observation about one row (or gap), naming the file, line and value. */
export interface Finding {
  readonly kind: FindingKind;
  /** What was done: the row was dropped, kept, or kept after sorting. */
  readonly action: "dropped" | "kept" | "sorted";
  readonly file: string;
  /** 1-based line in the (decompressed) file; for ProjectX JSON the line of the bar object. */
  readonly line: number;
  /** The offending text or value, e.g. the whole CSV row or the timestamp. */
  readonly value: string;
  readonly message: string;
}

export interface QualityReport {
  readonly file: string;
  /** Data rows read (excluding header and blank lines). */
  readonly rowsRead: number;
  readonly barsKept: number;
  readonly counts: Readonly<Record<FindingKind, number>>;
  /** Per kind, findings counted but not stored because of maxFindingsPerKind. */
  readonly omitted: Readonly<Record<FindingKind, number>>;
  readonly findings: readonly Finding[];
}

const zeroCounts = (): Record<FindingKind, number> =>
  Object.fromEntries(FINDING_KINDS.map((k) => [k, 0])) as Record<FindingKind, number>;

/** Collects findings, applies the policy's reject, and caps what is stored (never what is counted). */
export class FindingCollector {
  readonly counts = zeroCounts();
  readonly omitted = zeroCounts();
  readonly findings: Finding[] = [];

  constructor(
    readonly file: string,
    readonly policy: QualityPolicy,
    private readonly maxPerKind = 1000,
  ) {}

  /** Records a finding (or throws on `reject`) and returns the action to take on the row. */
  add(kind: FindingKind, line: number, value: string, message: string, sorted = false): FindingAction {
    const action = this.policy[kind];
    if (action === "reject") {
      throw new SessionkitError("SK_DATA_REJECTED", `${this.file}:${line}: ${kind}: ${message} (value ${value})`, {
        file: this.file,
        line,
        path: kind,
        value,
      });
    }
    this.counts[kind]++;
    if (this.counts[kind] > this.maxPerKind) this.omitted[kind]++;
    else {
      const taken = action === "drop" ? "dropped" : sorted ? "sorted" : "kept";
      this.findings.push({ kind, action: taken, file: this.file, line, value, message });
    }
    return action;
  }

  report(rowsRead: number, barsKept: number): QualityReport {
    const findings = [...this.findings].sort((a, b) => a.line - b.line);
    return { file: this.file, rowsRead, barsKept, counts: this.counts, omitted: this.omitted, findings };
  }
}

/** One human line per finding: `file:line  kind  message  value`. */
export function formatFinding(f: Finding): string {
  return `${f.file}:${f.line}  ${f.kind} (${f.action})  ${f.message}  value: ${f.value}`;
}
