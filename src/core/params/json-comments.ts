/**
 * The reference loader accepted `//` and `/* *\/` comments and trailing commas, so reference-format files
 * may contain them. This blanks them out (same length, newlines kept) so line:col positions still point
 * at the original text. Only the importers use it; sessionkit's own files are strict JSON.
 */
export function stripJsonComments(text: string): string {
  const out = text.split("");
  let i = 0;
  let lastComma = -1;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === '"') {
      lastComma = -1;
      i++;
      while (i < n && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
      i++;
    } else if (c === "/" && text[i + 1] === "/") {
      while (i < n && text[i] !== "\n") out[i++] = " ";
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end === -1 ? n : end + 2;
      for (; i < stop; i++) if (text[i] !== "\n") out[i] = " ";
    } else if (c === ",") {
      lastComma = i++;
    } else if (c === "}" || c === "]") {
      if (lastComma !== -1) out[lastComma] = " ";
      lastComma = -1;
      i++;
    } else {
      if (c !== " " && c !== "\t" && c !== "\n" && c !== "\r") lastComma = -1;
      i++;
    }
  }
  return out.join("");
}
