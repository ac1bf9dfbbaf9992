import type { Token } from "../di/index.js";

/** Read access to a bot's services, handed to hook contexts and plugins. */
export interface ServiceResolver {
  resolve<T>(token: Token<T>): T;
  tryResolve<T>(token: Token<T>): T | undefined;
}
