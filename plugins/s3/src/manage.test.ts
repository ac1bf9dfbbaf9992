import { describe, expect, it } from "vitest";
import { type Row, scenario } from "./__tests__/scenario.js";
import { manageOpenPosition } from "./manage.js";
import { S3Params } from "./params.js";

const rows: Row[] = [
  [5002, 5003, 5001.5, 5002.5],
  [5003, 5008, 5002.75, 5007.5],
  [5007.5, 5012, 5007, 5011.5],
  [5011.5, 5011.75, 5010, 5010.5],
];

function open(params = {}) {
  const s = scenario(rows).context(params);
  Object.assign(s.position, {
    side: 1,
    qty: 2,
    entryPrice: 5002,
    entryTime: s.ctx.bars.time(0),
    entryIndex: 0,
    stop: 4997.25,
    target: 5007.75,
    target2: 5012.5,
  });
  return s;
}

describe("open-position management", () => {
  it("with one contract (single-contract mode), locks and trails once the engine reports T1 reached", () => {
    const s = open();
    s.position.qty = 1;
    manageOpenPosition(s.at(0), s.state);
    expect(manageOpenPosition(s.at(1), s.state).kind).toBe("hold");
    // T1 reached: the engine moved the stop to break-even (5002); nothing closed
    Object.assign(s.position, { target1Hit: true, stop: 5002 });
    expect(manageOpenPosition(s.at(1), s.state)).toMatchObject({ kind: "modify", stop: 5006.75 });
  });

  it("holds until the first target scales out", () => {
    const s = open();
    expect(manageOpenPosition(s.at(0), s.state).kind).toBe("hold");
    expect(manageOpenPosition(s.at(1), s.state).kind).toBe("hold");
  });

  it("after T1 locks T1 − givebackAfterT1R·R, then trails trailAtrMult·ATR behind the best high", () => {
    const s = open();
    manageOpenPosition(s.at(0), s.state);
    s.position.qty = 1; // the scale-out at T1, as the engine records it
    s.position.target1Hit = true;
    expect(manageOpenPosition(s.at(1), s.state)).toMatchObject({ kind: "modify", stop: 5006.75 });
    s.position.stop = 5006.75;
    // best high 5012, ATR 2: trail 5010
    expect(manageOpenPosition(s.at(2), s.state)).toMatchObject({ kind: "modify", stop: 5010 });
    s.position.stop = 5010;
    expect(manageOpenPosition(s.at(3), s.state).kind).toBe("hold");
  });

  it("uses the parameters the position entered with, not the current bar's", () => {
    const s = open({ givebackAfterT1R: 0.9, trailAtrMult: 0 });
    manageOpenPosition(s.at(0), s.state);
    s.position.qty = 1; // the scale-out at T1, as the engine records it
    s.position.target1Hit = true;
    // the current set would lock 5007.75 − 0.9 × 4.75 = 5003.475 (→ 5003.25); the entry set locks 5006.75
    s.position.params = S3Params.parse({ givebackAfterT1R: 0.2, trailAtrMult: 0 });
    expect(manageOpenPosition(s.at(1), s.state)).toMatchObject({ kind: "modify", stop: 5006.75 });
    s.position.params = undefined;
    const t = open({ givebackAfterT1R: 0.9, trailAtrMult: 0 });
    manageOpenPosition(t.at(0), t.state);
    t.position.qty = 1; // the scale-out at T1, as the engine records it
    t.position.target1Hit = true;
    expect(manageOpenPosition(t.at(1), t.state)).toMatchObject({ kind: "modify", stop: 5003.25 });
  });

  it("mirrors for a short and exits when price is back through the lock", () => {
    const s = scenario(rows.map((r) => [10000 - r[0], 10000 - r[2], 10000 - r[1], 10000 - r[3]] as const)).context();
    Object.assign(s.position, {
      side: -1,
      qty: 2,
      entryPrice: 4998,
      entryTime: s.ctx.bars.time(0),
      entryIndex: 0,
      stop: 5002.75,
      target: 4992.25,
      target2: 4987.5,
    });
    manageOpenPosition(s.at(0), s.state);
    s.position.qty = 1; // the scale-out at T1, as the engine records it
    s.position.target1Hit = true;
    expect(manageOpenPosition(s.at(1), s.state)).toMatchObject({ kind: "modify", stop: 4993.25 });
    s.position.stop = 4993.25;
    s.position.params = S3Params.parse({ givebackAfterT1R: 0 });
    // lock at T1 4992.25 exactly; the bar closes at 4988.5 → trail 4990 from the best low 4988
    expect(manageOpenPosition(s.at(2), s.state)).toMatchObject({ kind: "modify", stop: 4990 });
  });
});
