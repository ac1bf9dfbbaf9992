import { good, needsCalendar } from "./plugins.js";

export default { plugins: [good(), needsCalendar()] };
