import type { Command } from "commander";
import type { BotConfig } from "../../core/config/index.js";
import { type BotInfo, renderTiming } from "../../core/kernel/index.js";
import { SDK_VERSION } from "../../core/version.js";
import { out, withBot } from "../context.js";

/** The config as JSON-safe data: plugins shown by name, version and resolved options. */
export function configForDisplay(config: BotConfig): Record<string, unknown> {
  return {
    ...config,
    plugins: config.plugins.map((e) => ({
      name: e.plugin.name,
      version: e.plugin.version,
      builtin: e.builtin,
      options: e.options ?? null,
    })),
  };
}

export function registerInfoCommand(program: Command): void {
  program
    .command("info")
    .description("show the resolved config, plugins, services, hook taps and boot timings")
    .option("--json", "print one JSON object")
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withBot(cmd, "info", (kernel) => {
        const info = kernel.describe();
        const config = configForDisplay(kernel.config);
        if (opts.json) out(JSON.stringify({ sdk: SDK_VERSION, config, ...info }));
        else out(renderInfo(info, config));
      });
    });
}

function renderInfo(info: BotInfo, config: Record<string, unknown>): string {
  const lines = [`sessionkit ${SDK_VERSION} · bot "${info.name}"`, "", "config:"];
  for (const line of JSON.stringify(config, null, 2).split("\n")) lines.push(`  ${line}`);
  lines.push("", "plugins (setup order):");
  if (info.plugins.length === 0) lines.push("  (none)");
  for (const p of info.plugins) {
    const caps = [
      p.provides.length ? `provides ${p.provides.join(", ")}` : "",
      p.requires.length ? `requires ${p.requires.join(", ")}` : "",
    ]
      .filter(Boolean)
      .join("; ");
    lines.push(`  ${p.name}@${p.version}${p.builtin ? " (built-in)" : ""}${caps ? `  ${caps}` : ""}`);
  }
  lines.push("", "strategies:");
  if (info.strategies.length === 0) lines.push("  (none)");
  for (const st of info.strategies) {
    lines.push(`  ${st.id} ← ${st.plugin}  symbols ${st.symbols.join(", ")}; sessions ${st.sessions.join(", ")}`);
  }
  lines.push("", "services:");
  for (const s of info.services) lines.push(`  ${s.token} ← ${s.owner}`);
  lines.push("", "hook taps:");
  const tapped = info.hooks.filter((h) => h.taps.length > 0);
  if (tapped.length === 0) lines.push("  (none)");
  for (const h of tapped) {
    const taps = h.taps.map((t) => `${t.plugin}${t.key ? `[${t.key}]` : ""}@${t.stage}`).join(", ");
    lines.push(`  ${h.id} (${h.kind}): ${taps}`);
  }
  lines.push("", "boot timings:");
  for (const l of renderTiming(info.boot)) lines.push(`  ${l}`);
  return lines.join("\n");
}
