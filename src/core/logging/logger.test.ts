import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger.js";

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  return { lines, destination };
}

describe("logger", () => {
  it("redacts secrets at any supported depth and keeps the rest", () => {
    const { lines, destination } = capture();
    const log = createLogger({ destination, level: "info" });
    log
      .child({ plugin: "projectx" })
      .info(
        { apiKey: "k-123", request: { token: "t-456", headers: { Authorization: "Bearer t-456" } }, symbol: "ES" },
        "login",
      );
    const text = lines.join("");
    expect(text).not.toContain("k-123");
    expect(text).not.toContain("t-456");
    expect(JSON.parse(text)).toMatchObject({ plugin: "projectx", symbol: "ES", apiKey: "[redacted]", msg: "login" });
  });

  it("honours the level", () => {
    const { lines, destination } = capture();
    const log = createLogger({ destination, level: "warn" });
    log.info("hidden");
    log.warn("shown");
    expect(lines).toHaveLength(1);
  });
});
