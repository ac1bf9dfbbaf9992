// A third-party-style plugin: typed options, a DI service built by the container, and a hook tap.
import { createToken, definePlugin, inject, injectable, type Logger, LoggerToken, z } from "sessionkit";

const HelloOptions = z.strictObject({
  greeting: z.string().min(1).default("hello"),
  symbols: z
    .array(z.enum(["ES", "NQ", "MES", "MNQ"]))
    .min(1)
    .default(["ES"]),
});
export type HelloOptions = z.output<typeof HelloOptions>;

/** Tokens are typed: resolve(GreeterToken) returns a Greeter without casts. */
export const HelloOptionsToken = createToken<HelloOptions>("hello.Options");
export const GreeterToken = createToken<Greeter>("hello.Greeter");

@injectable()
export class Greeter {
  constructor(
    @inject(HelloOptionsToken) private readonly options: HelloOptions,
    @inject(LoggerToken) private readonly logger: Logger,
  ) {}

  greet(): string {
    const text = `${this.options.greeting}, ${this.options.symbols.join(" and ")}!`;
    this.logger.debug({ text }, "greeting built");
    return text;
  }
}

export const helloPlugin = definePlugin({
  name: "hello-plugin",
  version: "1.0.0",
  sdk: "^0.1.0",
  description: "Greets the configured symbols when the bot is ready.",
  provides: ["greeting"],
  options: HelloOptions,
  setup(ctx, options) {
    ctx.services.register(HelloOptionsToken, { useValue: options });
    ctx.services.register(GreeterToken, { useClass: Greeter });
    ctx.hooks.lifecycle.ready.tap(({ services }) => {
      ctx.logger.info({ greeting: services.resolve(GreeterToken).greet() }, "ready");
    });
  },
});
