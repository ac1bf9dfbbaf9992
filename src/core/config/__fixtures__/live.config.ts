export default { dryRun: false };
