// Plugins used by the broken-config fixtures. Imported from source so the fixtures need no build.
import { z } from "zod";
import { definePlugin } from "../../plugin/index.js";

export const good = definePlugin({
  name: "good",
  version: "1.0.0",
  sdk: "^0.1.0",
  provides: ["greeting"],
  options: z.strictObject({
    symbols: z
      .array(z.enum(["ES", "NQ", "MES", "MNQ"]))
      .min(1)
      .default(["ES"]),
  }),
  setup() {},
});

export const needsCalendar = definePlugin({
  name: "needs-calendar",
  version: "1.0.0",
  sdk: "^0.1.0",
  requires: ["calendar"],
  setup() {},
});

export const futureSdk = definePlugin({ name: "future", version: "2.0.0", sdk: "^9.0.0", setup() {} });

export const nameless = definePlugin({ name: "", version: "1.0.0", sdk: "*", setup() {} });
