export default { name: "wrong types", dryRun: "yes", pluginTimeoutMs: -5 };
