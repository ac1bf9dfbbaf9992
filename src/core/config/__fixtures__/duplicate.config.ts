import { good } from "./plugins.js";

export default { plugins: [good(), false, good()] };
