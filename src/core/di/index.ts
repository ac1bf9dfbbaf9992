export { type InjectableClass, inject, injectable, type Provider, ServiceContainer } from "./container.js";
export { createToken, type Token, type TokenType } from "./token.js";
export { ConfigToken, LoggerToken, type TimeSource, TimeSourceToken } from "./tokens.js";
