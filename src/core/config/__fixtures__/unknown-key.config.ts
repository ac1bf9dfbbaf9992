export default { name: "x", params: { dir: "./a", reloadEvery: "1h" }, colour: "red" };
