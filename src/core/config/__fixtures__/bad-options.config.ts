import { good } from "./plugins.js";

export default { plugins: [good({ symbols: ["ESZ5"] } as never)] };
