import { nameless } from "./plugins.js";

export default { plugins: [nameless()] };
