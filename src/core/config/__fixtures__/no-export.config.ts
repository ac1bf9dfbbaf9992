export const config = { name: "x" };
