/**
 * A strict JSON parser for parameter files. JSON.parse cannot give a line:column in Node 20, keeps the
 * last of duplicate keys silently, and builds objects whose `__proto__` key is easy to mishandle later.
 * This one reports `line:col`, rejects duplicate keys, caps size and depth (hostile files), and builds
 * null-prototype objects so no key can reach Object.prototype.
 */
export const MAX_PARAM_FILE_BYTES = 1 << 20;
export const MAX_PARAM_FILE_DEPTH = 32;

export type JsonParseResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly line: number; readonly col: number; readonly message: string };

class JsonSyntax extends Error {
  constructor(
    readonly pos: number,
    message: string,
  ) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON forbids raw control characters in strings, so the pattern must name them.
const STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;

export function parseJsonStrict(text: string): JsonParseResult {
  if (text.length > MAX_PARAM_FILE_BYTES) {
    return { ok: false, line: 1, col: 1, message: `file larger than ${MAX_PARAM_FILE_BYTES} bytes` };
  }
  const p = new Parser(text);
  try {
    p.ws();
    const value = p.value(0);
    p.ws();
    if (p.pos < text.length) throw new JsonSyntax(p.pos, "unexpected text after the JSON value");
    return { ok: true, value };
  } catch (e) {
    if (!(e instanceof JsonSyntax)) throw e;
    const { line, col } = lineCol(text, e.pos);
    return { ok: false, line, col, message: e.message };
  }
}

function lineCol(text: string, pos: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < pos && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, col: pos - start + 1 };
}

class Parser {
  pos = 0;
  constructor(private readonly s: string) {}

  ws(): void {
    const s = this.s;
    for (;;) {
      const c = s.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.pos++;
      else return;
    }
  }

  fail(message: string): never {
    throw new JsonSyntax(this.pos, message);
  }

  value(depth: number): unknown {
    if (depth > MAX_PARAM_FILE_DEPTH) this.fail(`nesting deeper than ${MAX_PARAM_FILE_DEPTH}`);
    const c = this.s[this.pos];
    if (c === "{") return this.object(depth);
    if (c === "[") return this.array(depth);
    if (c === '"') return this.string();
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return this.number();
    for (const [word, v] of [
      ["true", true],
      ["false", false],
      ["null", null],
    ] as const) {
      if (this.s.startsWith(word, this.pos)) {
        this.pos += word.length;
        return v;
      }
    }
    if (c === undefined) this.fail("unexpected end of input");
    this.fail(`unexpected character ${JSON.stringify(c)}`);
  }

  number(): number {
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(this.s);
    if (m === null) this.fail("invalid number");
    this.pos += m[0].length;
    return Number(m[0]);
  }

  string(): string {
    const start = this.pos;
    STRING_BODY.lastIndex = start + 1;
    const m = STRING_BODY.exec(this.s);
    const end = start + 1 + (m === null ? 0 : m[0].length);
    if (this.s[end] !== '"') {
      this.pos = end;
      this.fail(end >= this.s.length ? "unterminated string" : "invalid character or escape in string");
    }
    this.pos = end + 1;
    return JSON.parse(this.s.slice(start, end + 1)) as string;
  }

  object(depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = Object.create(null);
    this.pos++;
    this.ws();
    if (this.s[this.pos] === "}") {
      this.pos++;
      return out;
    }
    for (;;) {
      this.ws();
      if (this.s[this.pos] !== '"') this.fail("expected a property name in double quotes");
      const keyPos = this.pos;
      const key = this.string();
      if (Object.hasOwn(out, key)) {
        this.pos = keyPos;
        this.fail(`duplicate key ${JSON.stringify(key)}`);
      }
      this.ws();
      if (this.s[this.pos] !== ":") this.fail("expected ':' after a property name");
      this.pos++;
      this.ws();
      out[key] = this.value(depth + 1);
      this.ws();
      const c = this.s[this.pos];
      this.pos++;
      if (c === "}") return out;
      if (c !== ",") {
        this.pos--;
        this.fail("expected ',' or '}' in an object");
      }
    }
  }

  array(depth: number): unknown[] {
    const out: unknown[] = [];
    this.pos++;
    this.ws();
    if (this.s[this.pos] === "]") {
      this.pos++;
      return out;
    }
    for (;;) {
      this.ws();
      out.push(this.value(depth + 1));
      this.ws();
      const c = this.s[this.pos];
      this.pos++;
      if (c === "]") return out;
      if (c !== ",") {
        this.pos--;
        this.fail("expected ',' or ']' in an array");
      }
    }
  }
}
