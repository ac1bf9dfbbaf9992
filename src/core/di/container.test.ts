import { describe, expect, it } from "vitest";
import { createToken, inject, injectable, ServiceContainer } from "./index.js";

interface Greeter {
  greet(): string;
}
const NameToken = createToken<string>("test.Name");
const GreeterToken = createToken<Greeter>("test.Greeter");

@injectable()
class HelloGreeter implements Greeter {
  constructor(@inject(NameToken) private readonly name: string) {}
  greet(): string {
    return `hello ${this.name}`;
  }
}

// A class decorated by a no-op decorator: tsyringe's injectable() rewrites the metadata array in place,
// so the canary inspects a class it never touched.
const noop: ClassDecorator = () => undefined;
@noop
class Canary {
  constructor(
    readonly a: string,
    readonly b: number,
    readonly c: HelloGreeter,
  ) {}
}

describe("DI container facade", () => {
  it("canary: the toolchain emits decorator metadata (design:paramtypes)", () => {
    // If a toolchain change stops emitting metadata, this fails loudly instead of DI failing subtly.
    const types = Reflect.getMetadata("design:paramtypes", Canary) as unknown[] | undefined;
    expect(types).toEqual([String, Number, HelloGreeter]);
    expect(new Canary("x", 1, new HelloGreeter("y")).c.greet()).toBe("hello y");
  });

  it("constructs classes from tokens, once per container", () => {
    const c = ServiceContainer.forBot();
    c.register(NameToken, { useValue: "ES" });
    c.register(GreeterToken, { useClass: HelloGreeter });
    expect(c.resolve(GreeterToken).greet()).toBe("hello ES");
    expect(c.resolve(GreeterToken)).toBe(c.resolve(GreeterToken));
  });

  it("resolves strictly: an unregistered token is a coded error", () => {
    const c = ServiceContainer.forBot();
    expect(() => c.resolve(GreeterToken)).toThrowErrorMatchingInlineSnapshot(
      `[SessionkitError: service test.Greeter is not registered in this bot.]`,
    );
    expect(c.tryResolve(GreeterToken)).toBeUndefined();
  });

  it("refuses a second provider and registration after lock", () => {
    const c = ServiceContainer.forBot();
    c.register(NameToken, { useValue: "a" }, "plugin-a");
    expect(() => c.register(NameToken, { useValue: "b" }, "plugin-b")).toThrow(
      "service test.Name is provided by both plugin-a and plugin-b.",
    );
    c.lock();
    expect(() => c.register(GreeterToken, { useClass: HelloGreeter })).toThrow(/after the kernel was sealed/);
  });

  it("keeps bots apart: same token, separate containers", () => {
    const a = ServiceContainer.forBot();
    const b = ServiceContainer.forBot();
    a.register(NameToken, { useValue: "a" });
    expect(b.isRegistered(NameToken)).toBe(false);
    b.register(NameToken, { useValue: "b" });
    expect([a.resolve(NameToken), b.resolve(NameToken)]).toEqual(["a", "b"]);
  });

  it("runs factories lazily, once", () => {
    const c = ServiceContainer.forBot();
    let calls = 0;
    c.register(NameToken, { useFactory: () => `n${++calls}` });
    expect(calls).toBe(0);
    expect(c.resolve(NameToken)).toBe("n1");
    expect(c.resolve(NameToken)).toBe("n1");
  });

  it("tokens with one name are one token, even from separate createToken calls", () => {
    expect(createToken<string>("test.Name").key).toBe(NameToken.key);
    expect(() => createToken("bad name")).toThrow(/invalid token name/);
  });
});
