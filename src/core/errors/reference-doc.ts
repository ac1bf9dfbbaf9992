import { CATALOGUE, type ErrorEntry } from "./catalogue.js";

/** docs/reference/errors.md, generated from the catalogue so the docs cannot drift from the code. */
export function renderErrorsReference(): string {
  const byArea = new Map<string, [string, ErrorEntry][]>();
  for (const [code, entry] of Object.entries(CATALOGUE) as [string, ErrorEntry][]) {
    byArea.set(entry.area, [...(byArea.get(entry.area) ?? []), [code, entry]]);
  }
  const lines = [
    "# Error reference",
    "",
    "<!-- Generated from src/core/errors/catalogue.ts by `npm run generate --workspace docs`; do not edit. -->",
    "",
    "Every error sessionkit raises has a permanent code. The CLI prints the code, what happened (naming the",
    "file, field and value), and a hint, without a stack trace unless `--debug` is given, and exits with the",
    "code's exit status: 1 generic, 2 usage/config/input, 3 plugin, 4 data, 5 parameters, 70 internal.",
    "",
  ];
  for (const [area, entries] of byArea) {
    lines.push(`## ${area}`, "", "| code | exit | what happened | what to do |", "|---|---|---|---|");
    for (const [code, e] of entries)
      lines.push(`| \`${code}\` | ${e.exitCode} | ${cell(e.summary)} | ${cell(e.hint)} |`);
    lines.push("");
  }
  return lines.join("\n");
}

function cell(s: string): string {
  return s.replaceAll("|", "\\|");
}
