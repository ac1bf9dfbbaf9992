import type { BotConfig } from "../config/schema.js";
import type { ServiceContainer } from "../di/index.js";
import { ParamSchemaRegistry } from "../params/registry.js";
import { createParamsService, type ParamsService, ParamsToken } from "../params/service.js";
import { ParamStoreLayout } from "../params/store/layout.js";
import { ParamSchemaRegistryToken } from "../params/tokens.js";
import type { Hooks } from "./hooks/index.js";

/**
 * The kernel side of parameters: the schema registry (filled by strategy plugins in setup) and the
 * ParamsService whose provider chain is the `params.resolve` bail hook and whose events fire
 * `params.resolved|reloaded|rejected`. Returns a function that closes whatever was opened.
 */
export function registerParamsServices(services: ServiceContainer, hooks: Hooks, config: BotConfig): () => void {
  const registry = new ParamSchemaRegistry();
  services.register(ParamSchemaRegistryToken, { useValue: registry });
  let service: ParamsService | undefined;
  services.register(ParamsToken, {
    useFactory: () => {
      service = createParamsService({
        registry,
        providers: [{ name: "params.resolve", resolve: (request) => hooks.params.resolve.promise(request) }],
        events: {
          onResolved: (e) => hooks.params.resolved.call(e),
          onReloaded: (e) => hooks.params.reloaded.call(e),
          onRejected: (e) => hooks.params.rejected.call(e),
        },
        reloadEveryMs: config.params.reload.everyMs,
        watchDir: new ParamStoreLayout(config.params.dir).dir("current"),
        onInvalid: config.params.reload.onInvalid,
      });
      return service;
    },
  });
  return () => service?.close();
}
