export default {
  name: "broken",
  plugins: [
};
