export { CATALOGUE, type ErrorCode, type ErrorEntry, isErrorCode } from "./catalogue.js";
export { renderForCli, toSessionkitError } from "./render.js";
export {
  type ErrorLocation,
  formatValue,
  isSessionkitError,
  SessionkitError,
  type SessionkitErrorInit,
} from "./sessionkit-error.js";
export { describeIssue, type FromZodOptions, formatPath, fromZodError } from "./zod-issues.js";
