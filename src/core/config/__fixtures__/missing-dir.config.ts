export default { name: "x", data: { dir: "./no-such-folder" } };
