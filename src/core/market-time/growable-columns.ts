/**
 * Typed-array columns of the transition table that grow by doubling as years are added. Row i is the
 * half-open interval [start[i], start[i+1]).
 */
export class GrowableColumns {
  length = 0;
  start = new Float64Array(4096);
  /** 1 open, 0 closed. */
  open = new Uint8Array(4096);
  /** ReasonCode. */
  reason = new Int8Array(4096);
  /** SessionCode or -1 when closed. */
  session = new Int8Array(4096);
  /** Segment code or -1 when closed. */
  segment = new Int8Array(4096);
  /** UTC offset of the zone's wall clock in minutes, constant over the interval. */
  offset = new Int16Array(4096);
  /** Open: index of the trade-date session. Closed: index of the next session. */
  day = new Int32Array(4096);

  push(start: number, open: number, reason: number, session: number, segment: number, offset: number, day: number) {
    if (this.length === this.start.length) this.grow();
    const i = this.length++;
    this.start[i] = start;
    this.open[i] = open;
    this.reason[i] = reason;
    this.session[i] = session;
    this.segment[i] = segment;
    this.offset[i] = offset;
    this.day[i] = day;
  }

  /** Empties the table, keeping the allocated capacity. */
  reset(): void {
    this.length = 0;
  }

  /** Splits the interval containing `at` (searching rows from `fromRow`) so a new row starts at `at`. */
  splitAt(at: number, fromRow: number): void {
    let i = fromRow;
    while (i + 1 < this.length && this.start[i + 1]! <= at) i++;
    if (this.start[i] === at) return;
    if (this.length === this.start.length) this.grow();
    for (const col of this.columns()) col.copyWithin(i + 2, i + 1, this.length);
    this.length++;
    this.start[i + 1] = at;
    this.open[i + 1] = this.open[i]!;
    this.reason[i + 1] = this.reason[i]!;
    this.session[i + 1] = this.session[i]!;
    this.segment[i + 1] = this.segment[i]!;
    this.day[i + 1] = this.day[i]!;
  }

  private columns() {
    return [this.start, this.open, this.reason, this.session, this.segment, this.offset, this.day] as const;
  }

  private grow(): void {
    const n = this.start.length * 2;
    const grow = <T extends Float64Array | Uint8Array | Int8Array | Int16Array | Int32Array>(
      a: T,
      make: (n: number) => T,
    ) => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.start = grow(this.start, (m) => new Float64Array(m));
    this.open = grow(this.open, (m) => new Uint8Array(m));
    this.reason = grow(this.reason, (m) => new Int8Array(m));
    this.session = grow(this.session, (m) => new Int8Array(m));
    this.segment = grow(this.segment, (m) => new Int8Array(m));
    this.offset = grow(this.offset, (m) => new Int16Array(m));
    this.day = grow(this.day, (m) => new Int32Array(m));
  }
}
