/**
 * Named tap stages (DESIGN rule 6): taps run in stage order, never in registration order or by
 * tapable's `before`. Lower runs first. Built-in fallbacks tap at `Fallback`, so a user plugin at
 * `Default` answers a bail hook first.
 */
export const Stage = {
  Validate: -200,
  Early: -100,
  Default: 0,
  Risk: 100,
  Fallback: 500,
  Report: 1000,
} as const;
export type StageName = keyof typeof Stage;
