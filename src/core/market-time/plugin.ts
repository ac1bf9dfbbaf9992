import { resolve } from "node:path";
import { z } from "zod";
import { Stage } from "../kernel/stages.js";
import { definePlugin } from "../plugin/define-plugin.js";
import { SDK_VERSION } from "../version.js";
import { createCmeCalendar } from "./cme-calendar.js";

const CmeCalendarOptions = z.strictObject({
  /** A special-day table file that replaces the built-in one (relative to the config's folder). */
  specialDays: z.string().min(1).optional(),
  /** A special-day table file whose entries are added to (or replace, by date) the built-in ones. */
  extraSpecialDays: z.string().min(1).optional(),
});

/**
 * The built-in CME Globex calendar for ES/NQ/MES/MNQ. It answers `market.calendar` at Stage.Fallback,
 * so any plugin that supplies another venue's calendar at the default stage wins.
 */
export const cmeCalendar = definePlugin({
  name: "cme-calendar",
  version: SDK_VERSION,
  sdk: `^${SDK_VERSION}`,
  description: "CME Globex calendar: sessions, trade dates, maintenance, holidays, early closes, DST.",
  provides: ["calendar"],
  options: CmeCalendarOptions,
  setup(ctx, options) {
    const file = (p: string | undefined) => (p === undefined ? undefined : resolve(ctx.config.root, p));
    let calendar: ReturnType<typeof createCmeCalendar> | undefined;
    ctx.hooks.market.calendar.tap(
      ({ venue }) => {
        if (venue !== "CME") return undefined;
        calendar ??= createCmeCalendar({
          ...(options.specialDays !== undefined ? { specialDays: file(options.specialDays) } : {}),
          ...(options.extraSpecialDays !== undefined ? { extraSpecialDays: file(options.extraSpecialDays) } : {}),
        });
        return calendar;
      },
      { stage: Stage.Fallback },
    );
  },
});
