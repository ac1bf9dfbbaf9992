/**
 * A typed DI token. The phantom `__type` carries the service type so `resolve(token)` is typed
 * without casts. Keys are registered symbols (`Symbol.for`), so two copies of sessionkit loaded
 * in one process (e.g. the CLI and a config's own install) still agree on every token.
 */
export interface Token<T> {
  readonly key: symbol;
  readonly name: string;
  /** Phantom field for type inference only; never set. */
  readonly __type?: T;
}

export function createToken<T>(name: string): Token<T> {
  if (!/^[A-Za-z][\w.:-]*$/.test(name)) {
    throw new TypeError(`createToken: invalid token name ${JSON.stringify(name)}`);
  }
  return Object.freeze({ key: Symbol.for(`sessionkit.token:${name}`), name });
}

/** The service type behind a token. */
export type TokenType<K> = K extends Token<infer T> ? T : never;
