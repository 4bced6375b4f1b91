import type { CompilerNode, CompilerThis } from "./compiler-types.ts";
import { nunjucks } from "./nunjucks.ts";

type AnyFn = (...args: unknown[]) => unknown;

function describeTarget(node: CompilerNode): string {
  const literal = (n: CompilerNode) => (n as unknown as { value: unknown }).value;
  if (node.typename === "Symbol") return String(literal(node));
  if (node.typename === "LookupVal" && node.val.typename === "Literal") {
    const key = literal(node.val);
    return `${describeTarget(node.target)}${typeof key === "number" ? `[${key}]` : `.${String(key)}`}`;
  }
  return "value";
}

/**
 * Jinja's default Undefined prints as nothing, but reading an attribute of it raises
 * (`{{ user.name }}` without a `user`: `'user' is undefined`); nunjucks would print nothing.
 * @example installStrictUndefined()
 * @see jinja2/runtime.py Undefined
 */
export function installStrictUndefined(): void {
  const runtime = nunjucks.runtime;
  const proto = nunjucks.compiler.Compiler.prototype;
  runtime.strictLookup = (obj: unknown, key: unknown, description: string) => {
    if (obj === undefined) throw new Error(`'${description}' is undefined`);
    return (runtime.memberLookup as AnyFn)(obj, key);
  };
  const compileLookupVal = proto.compileLookupVal as AnyFn;
  proto.compileLookupVal = function (this: CompilerThis, node: CompilerNode, frame: unknown) {
    if (node.val.typename === "Slice") return compileLookupVal.call(this, node, frame);
    this._emit("runtime.strictLookup((");
    this._compileExpression(node.target, frame);
    this._emit("),");
    this._compileExpression(node.val, frame);
    this._emit(`, ${JSON.stringify(describeTarget(node.target))})`);
  };
}
