/**
 * `sessionkit/testing`: helpers for testing plugins (conformance kits join here as their subsystems land).
 * @packageDocumentation
 */
import "reflect-metadata";

export { sharedDataDir } from "./shared-data.js";
export { createTestBot, FakeTime, type TestBotOptions } from "./test-bot.js";
