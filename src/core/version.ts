import { createRequire } from "node:module";

// Read from package.json so the SDK version a plugin's `sdk` range is checked against can never
// disagree with the published version. The relative path is the same from src/ and dist/.
const pkg = createRequire(import.meta.url)("../../package.json") as { version: string };

/** The sessionkit version; plugins declare a semver range (`sdk`) that must include it. */
export const SDK_VERSION: string = pkg.version;
