export { REGIMES, type Regime, ROOT_PROFILES, type RootProfile, volatilityShape, volumeShape } from "./profile.js";
export { type SynthOptions, synthBars } from "./synth-bars.js";
