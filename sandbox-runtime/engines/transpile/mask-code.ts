/**
 * Blank out comments and the insides of strings, templates and regular expressions, keeping
 * every offset, so patterns over the result only ever see code.
 */

const REGEX_AFTER = new Set([..."(,=:[!&|?{};+-*%<>~^"]);
const REGEX_AFTER_WORD =
  /(?:^|[^\w$])(?:return|typeof|instanceof|in|of|new|delete|void|throw|case|do|else|yield|await)$/;

/**
 * Mask JavaScript so that quotes stay but their contents become spaces.
 * @example
 * maskCode('a("x") // y'); // 'a(" ") //  ' (same length, comment blanked)
 */
export function maskCode(code: string): string {
  const out = code.split("");
  const blank = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (out[i] !== "\n") out[i] = " ";
  };
  // Each open template literal remembers the brace depth at which its `${` began.
  const templates: number[] = [];
  let depth = 0;
  let last = "";
  let i = 0;
  const n = code.length;
  const scanTemplate = () => {
    const start = i;
    while (i < n) {
      const c = code[i];
      if (c === "\\") {
        i += 2;
        continue;
      }
      if (c === "`") {
        blank(start, i);
        i++;
        last = "`";
        return;
      }
      if (c === "$" && code[i + 1] === "{") {
        blank(start, i);
        templates.push(depth);
        depth++;
        i += 2;
        last = "{";
        return;
      }
      i++;
    }
    blank(start, n);
  };
  while (i < n) {
    const c = code[i] as string;
    const next = code[i + 1];
    if (c === "/" && next === "/") {
      const end = code.indexOf("\n", i);
      const stop = end === -1 ? n : end;
      blank(i, stop);
      i = stop;
      continue;
    }
    if (c === "/" && next === "*") {
      const end = code.indexOf("*/", i + 2);
      const stop = end === -1 ? n : end + 2;
      blank(i, stop);
      i = stop;
      continue;
    }
    if (c === "'" || c === '"') {
      const start = ++i;
      while (i < n && code[i] !== c && code[i] !== "\n") i += code[i] === "\\" ? 2 : 1;
      blank(start, Math.min(i, n));
      i++;
      last = c;
      continue;
    }
    if (c === "`") {
      i++;
      scanTemplate();
      continue;
    }
    if (
      c === "/" &&
      (last === "" ||
        REGEX_AFTER.has(last) ||
        REGEX_AFTER_WORD.test(code.slice(Math.max(0, i - 12), i).trimEnd()))
    ) {
      const start = ++i;
      let inClass = false;
      while (i < n && code[i] !== "\n") {
        const r = code[i];
        if (r === "\\") {
          i += 2;
          continue;
        }
        if (r === "[") inClass = true;
        else if (r === "]") inClass = false;
        else if (r === "/" && !inClass) break;
        i++;
      }
      blank(start, Math.min(i, n));
      i++;
      last = "/x";
      continue;
    }
    if (c === "{") depth++;
    if (c === "}") {
      depth--;
      if (templates.length > 0 && templates[templates.length - 1] === depth) {
        templates.pop();
        i++;
        scanTemplate();
        continue;
      }
    }
    if (!/\s/.test(c)) last = c;
    i++;
  }
  return out.join("");
}
