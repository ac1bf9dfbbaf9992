import "reflect-metadata";
import {
  type DependencyContainer,
  container as globalContainer,
  inject as tsyringeInject,
  injectable as tsyringeInjectable,
} from "tsyringe";
import { SessionkitError } from "../errors/index.js";
import type { Token } from "./token.js";

// This is the only module that imports tsyringe (DESIGN rule 12): the rest of sessionkit sees
// typed tokens and this facade, so the DI library can change without touching plugins.

/** A class whose constructor parameters are all decorated with `@inject(token)`. */
export type InjectableClass<T> = new (...args: never[]) => T;

export type Provider<T> =
  | { readonly useValue: T }
  | { readonly useFactory: (c: ServiceContainer) => T }
  | { readonly useClass: InjectableClass<T> };

/** Marks a class as constructible by the container. Use with `@inject(token)` on every parameter. */
export function injectable(): ClassDecorator {
  return tsyringeInjectable() as ClassDecorator;
}

/** Constructor-parameter decorator naming the token to inject (works under tsc, oxc, esbuild and jiti). */
export function inject<T>(token: Token<T>): ParameterDecorator {
  return tsyringeInject(token.key) as ParameterDecorator;
}

/**
 * A bot's service container: explicit registrations, strict resolution (an unregistered token is an
 * error, never an auto-constructed class), singletons per container. Registration records which plugin
 * provided a service so `info` can show it and duplicates name both parties.
 */
export class ServiceContainer {
  readonly #c: DependencyContainer;
  readonly #owners = new Map<symbol, { name: string; owner: string }>();
  #locked = false;

  private constructor(c: DependencyContainer) {
    this.#c = c;
  }

  /** A fresh container for one bot: a child of tsyringe's root, which sessionkit never writes to. */
  static forBot(): ServiceContainer {
    return new ServiceContainer(globalContainer.createChildContainer());
  }

  register<T>(token: Token<T>, provider: Provider<T>, owner = "kernel"): void {
    if (this.#locked) {
      throw new SessionkitError("SK_KERNEL_PHASE", `service ${token.name} registered after the kernel was sealed.`, {
        plugin: owner,
        hint: "register services in setup(); after seal the container is read-only.",
      });
    }
    const prev = this.#owners.get(token.key);
    if (prev) {
      throw new SessionkitError(
        "SK_DI_DUPLICATE",
        `service ${token.name} is provided by both ${prev.owner} and ${owner}.`,
        {
          plugin: owner,
          path: token.name,
        },
      );
    }
    this.#owners.set(token.key, { name: token.name, owner });
    if ("useValue" in provider) {
      this.#c.register(token.key, { useValue: provider.useValue });
    } else if ("useFactory" in provider) {
      // Lazy singleton: the factory runs on first resolve, once per container.
      let made = false;
      let value: T;
      const factory = provider.useFactory;
      this.#c.register(token.key, {
        useFactory: () => {
          if (!made) {
            value = factory(this);
            made = true;
          }
          return value;
        },
      });
    } else {
      const cls = provider.useClass as unknown as new (...args: unknown[]) => T;
      let instance: T | undefined;
      this.#c.register(token.key, { useFactory: (c) => (instance ??= c.resolve(cls)) });
    }
  }

  isRegistered(token: Token<unknown>): boolean {
    return this.#owners.has(token.key);
  }

  resolve<T>(token: Token<T>): T {
    if (!this.#owners.has(token.key)) {
      throw new SessionkitError("SK_DI_UNREGISTERED", `service ${token.name} is not registered in this bot.`, {
        path: token.name,
      });
    }
    return this.#c.resolve<T>(token.key);
  }

  /** Like resolve, but undefined when nothing provides the token. */
  tryResolve<T>(token: Token<T>): T | undefined {
    return this.#owners.has(token.key) ? this.#c.resolve<T>(token.key) : undefined;
  }

  /** The registered services and which plugin provided each, in registration order. */
  describe(): { token: string; owner: string }[] {
    return [...this.#owners.values()].map((o) => ({ token: o.name, owner: o.owner }));
  }

  /** After seal: no more registrations. */
  lock(): void {
    this.#locked = true;
  }

  dispose(): void {
    this.#c.clearInstances();
  }
}
