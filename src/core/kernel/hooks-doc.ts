import type { HookKind, HookSpec } from "./hook-spec.js";
import { HOOK_SPECS } from "./hooks/index.js";

const KIND_TEXT: Record<HookKind, string> = {
  sync: "sync (every tap, in stage order)",
  syncBail: "sync bail (first non-undefined answer wins)",
  syncWaterfall: "sync waterfall (each tap transforms the value)",
  series: "async series",
  seriesBail: "async series bail (first answer wins)",
  seriesWaterfall: "async series waterfall",
  parallel: "async parallel (independent I/O)",
};

/** docs/reference/hooks.md, generated from HOOK_SPECS so the table cannot drift from the code. */
export function renderHooksReference(): string {
  const lines = [
    "# Hook reference",
    "",
    "<!-- Generated from src/core/kernel/hooks/ by `npm run generate --workspace docs`; do not edit. -->",
    "",
    "Plugins tap hooks inside `setup(ctx)` through `ctx.hooks.<group>.<hook>.tap(fn, { stage })` (and",
    "`tapPromise` on async hooks). Every hook takes one context object, so fields can be added without",
    "breaking plugins. Taps run in `Stage` order (Validate −200, Early −100, Default 0, Risk 100, Fallback 500,",
    "Report 1000), never in registration order. A tap after the kernel is sealed throws `SK_TAP_AFTER_SEAL`; a",
    "throwing tap becomes `SK_HOOK_FAILED` naming the plugin and the hook. Keyed hooks are one hook per key",
    "(`ctx.hooks.group.hook.for(key)`).",
    "",
    "| group | hook | kind | context fields | fires |",
    "|---|---|---|---|---|",
  ];
  for (const [group, specs] of Object.entries(HOOK_SPECS)) {
    for (const [name, spec] of Object.entries(specs as Record<string, HookSpec<object, unknown, HookKind>>)) {
      const kind = `${KIND_TEXT[spec.kind]}${spec.keyed ? ", keyed" : ""}`;
      const fields = spec.fields.map((f) => `\`${f}\``).join(", ");
      lines.push(`| ${group} | \`${name}\` | ${kind} | ${fields} | ${spec.when.replaceAll("|", "\\|")} |`);
    }
  }
  lines.push(
    "",
    "Shutdown is not a hook: `ctx.onShutdown(fn)` registers cleanup, run in reverse registration order (LIFO)",
    "when the bot stops, each callback isolated from the others' failures.",
    "",
  );
  return lines.join("\n");
}
