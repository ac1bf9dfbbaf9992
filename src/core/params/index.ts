export { canonicalJson, parametersHash, sha256Hex } from "./canonical-json.js";
export { type ParamsTableOptions, paramsTableMarkdown } from "./docs-table.js";
export {
  type MetricBag,
  makeParamFile,
  PARAM_FILE_SCHEMA_VERSION,
  type ParamFile,
  type ParamFileContent,
  type ParamFileInput,
  readParamEnvelope,
  serializeParamFile,
} from "./file-format.js";
export { type ImportOptions, type ImportReport, importReferenceParams } from "./importers.js";
export { MAX_PARAM_FILE_BYTES, MAX_PARAM_FILE_DEPTH, parseJsonStrict } from "./json-parse.js";
export {
  type LoadOptions,
  type LoadResult,
  loadParamFile,
  loadParamFileOrThrow,
  loadParamText,
  paramsInvalidError,
} from "./load.js";
export { matchKey, toCamelCase } from "./names.js";
export {
  defaultParamSet,
  type ParamSet,
  type ParamValues,
  paramsForSession,
  type ResolveInput,
  resolveParamSet,
  type SessionOverrides,
  type ValueSource,
} from "./param-set.js";
export { FORBIDDEN_KEYS, formatProblem, type ParamProblem } from "./problems.js";
export { type ParamSchemaEntry, ParamSchemaRegistry } from "./registry.js";
export { minuteOfDay, type ParamRule, rules, STRICT_EPSILON, timeOfDay, withRules } from "./rules.js";
export * from "./runtime/index.js";
export {
  deriveSearchSpace,
  type ParamsObjectSchema,
  type SearchDimension,
  type SearchSpace,
  searchSpaceFromJSON,
  searchSpaceToJSON,
} from "./search-space.js";
export * from "./store/index.js";
export { ParamSchemaRegistryToken } from "./tokens.js";
export { type TunableRange, tunable, tunableRangeOf, tunableRegistry, unwrapSchema } from "./tunable.js";
