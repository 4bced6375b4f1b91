import { escapeHtml, hasHtml, isSafe, Markup } from "./markup.ts";
import { nunjucks } from "./nunjucks.ts";
import { pyPercentFormat } from "./printf.ts";
import { markTuple, pyTypeName } from "../python/index.ts";
import { templateStr } from "./template-str.ts";

interface CompilerNode {
  left: unknown;
  right: unknown;
}

interface CompilerThis {
  _emit(code: string): void;
  compile(node: unknown, frame: unknown): void;
  _compileAggregate(node: unknown, frame: unknown, start: string, end: string): void;
}

function isText(value: unknown): boolean {
  return typeof value === "string" || isSafe(value);
}

function isNumber(value: unknown): value is number | boolean {
  return typeof value === "number" || typeof value === "boolean";
}

function htmlOf(value: unknown): string {
  return hasHtml(value)
    ? value.__html__()
    : isSafe(value)
      ? String(value)
      : escapeHtml(templateStr(value));
}

/**
 * Python's `~` (string concatenation): values convert with `str()`; when autoescaping and one side
 * is markup, the other side is escaped and the result is Markup, as Jinja's markup_join does.
 * @example pyConcat(new Markup("<b>"), "<x>", true) // Markup("<b>&lt;x&gt;")
 * @see jinja2/runtime.py markup_join
 */
export function pyConcat(left: unknown, right: unknown, autoescape: boolean): unknown {
  if (autoescape && (isSafe(left) || isSafe(right) || hasHtml(left) || hasHtml(right))) {
    return new Markup(htmlOf(left) + htmlOf(right));
  }
  return templateStr(left) + templateStr(right);
}

/**
 * Python's `+`: numbers add, strings and lists concatenate, anything else is a TypeError.
 * @example pyAdd([1], [2]) // [1, 2]
 * @see Objects/abstract.c PyNumber_Add
 */
export function pyAdd(left: unknown, right: unknown): unknown {
  if (isNumber(left) && isNumber(right)) return Number(left) + Number(right);
  if (isText(left) && isText(right)) {
    return isSafe(left) ? new Markup(String(left) + htmlOf(right)) : String(left) + String(right);
  }
  if (Array.isArray(left) && Array.isArray(right)) return [...left, ...right];
  if (isText(left) || Array.isArray(left)) {
    throw new TypeError(
      `can only concatenate ${pyTypeName(left)} (not "${pyTypeName(right)}") to ${pyTypeName(left)}`,
    );
  }
  throw new TypeError(
    `unsupported operand type(s) for +: '${pyTypeName(left)}' and '${pyTypeName(right)}'`,
  );
}

/**
 * Python's `*`: numbers multiply, a string or list times an int repeats.
 * @example pyMul("-", 3) // "---"
 * @see Objects/abstract.c PyNumber_Multiply
 */
export function pyMul(left: unknown, right: unknown): unknown {
  if (isNumber(left) && isNumber(right)) return Number(left) * Number(right);
  const [seq, times] = isNumber(left) ? [right, Number(left)] : [left, Number(right)];
  if (Number.isInteger(times) && (isText(seq) || Array.isArray(seq))) {
    if (Array.isArray(seq)) return Array.from({ length: Math.max(0, times) }, () => seq).flat();
    const text = String(seq).repeat(Math.max(0, times));
    return isSafe(seq) ? new Markup(text) : text;
  }
  throw new TypeError(
    `unsupported operand type(s) for *: '${pyTypeName(left)}' and '${pyTypeName(right)}'`,
  );
}

/**
 * Python's `/`: division by zero raises.
 * @example pyDiv(7, 2) // 3.5
 * @see Objects/floatobject.c float_div
 */
export function pyDiv(left: unknown, right: unknown): number {
  if (Number(right) === 0) throw new Error("division by zero");
  return Number(left) / Number(right);
}

/**
 * Python's `//`: floor division; by zero raises.
 * @example pyFloorDiv(-7, 2) // -4
 * @see Objects/longobject.c long_div
 */
export function pyFloorDiv(left: unknown, right: unknown): number {
  if (Number(right) === 0) throw new Error("integer division or modulo by zero");
  return Math.floor(Number(left) / Number(right));
}

/**
 * Python's `%`: the result takes the divisor's sign; on a string it is printf-style formatting.
 * @example pyMod(-7, 3) // 2
 * @see Objects/longobject.c long_mod
 */
export function pyMod(left: unknown, right: unknown): unknown {
  if (isText(left)) {
    const args = Array.isArray(right)
      ? right
      : typeof right === "object" && right !== null
        ? right
        : [right];
    const text = pyPercentFormat(String(left), args as unknown[] | Record<string, unknown>);
    return isSafe(left) ? new Markup(text) : text;
  }
  const divisor = Number(right);
  if (divisor === 0) throw new Error("integer division or modulo by zero");
  const rest = Number(left) % divisor;
  return rest !== 0 && rest < 0 !== divisor < 0 ? rest + divisor : rest;
}

const OPERATORS: Record<string, string> = {
  compileConcat: "pyConcat",
  compileAdd: "pyAdd",
  compileMul: "pyMul",
  compileDiv: "pyDiv",
  compileFloorDiv: "pyFloorDiv",
  compileMod: "pyMod",
};

/**
 * Make `~ + * / // %` and tuple literals in templates follow Python instead of JavaScript.
 * @example installPythonOperators()
 * @see jinja2/compiler.py CodeGenerator.binop
 */
export function installPythonOperators(): void {
  const runtime = nunjucks.runtime;
  Object.assign(runtime, { pyConcat, pyAdd, pyMul, pyDiv, pyFloorDiv, pyMod, tuple: markTuple });
  const proto = nunjucks.compiler.Compiler.prototype;
  // `(1, 2)` is a tuple in Jinja; nunjucks would emit JavaScript's comma operator.
  const compileGroup = proto.compileGroup as (...args: unknown[]) => unknown;
  proto.compileGroup = function (
    this: CompilerThis,
    node: { children: unknown[] },
    frame: unknown,
  ) {
    if (node.children.length < 2) return compileGroup.call(this, node, frame);
    this._emit("runtime.tuple(");
    this._compileAggregate(node, frame, "[", "]");
    this._emit(")");
  };
  for (const [method, helper] of Object.entries(OPERATORS)) {
    proto[method] = function (this: CompilerThis, node: CompilerNode, frame: unknown) {
      this._emit(`runtime.${helper}(`);
      this.compile(node.left, frame);
      this._emit(", ");
      this.compile(node.right, frame);
      this._emit(helper === "pyConcat" ? ", env.opts.autoescape)" : ")");
    };
  }
}
