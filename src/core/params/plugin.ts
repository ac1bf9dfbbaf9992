import { definePlugin } from "../plugin/define-plugin.js";
import { SDK_VERSION } from "../version.js";
import { createFileStoreProvider } from "./runtime/file-provider.js";
import { ParamSchemaRegistryToken } from "./tokens.js";

/**
 * The built-in file parameter provider: answers `params.resolve` with
 * `<params.dir>/parameters/current/<STRATEGY>.json`. A missing file passes to the next link
 * (last-known-good, then schema defaults); an invalid one is rejected with every problem named.
 */
export const fileParams = definePlugin({
  name: "file-params",
  version: SDK_VERSION,
  sdk: `^${SDK_VERSION}`,
  description: "Parameter provider reading the atomic stage/current/previous file store.",
  provides: ["params-provider"],
  setup(ctx) {
    const registry = ctx.services.resolve(ParamSchemaRegistryToken);
    const provider = createFileStoreProvider(ctx.config.params.dir, registry);
    ctx.hooks.params.resolve.tapPromise((request) => Promise.resolve(provider.resolve(request)));
  },
});
