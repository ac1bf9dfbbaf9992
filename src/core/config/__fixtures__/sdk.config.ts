import { futureSdk } from "./plugins.js";

export default { plugins: [futureSdk()] };
