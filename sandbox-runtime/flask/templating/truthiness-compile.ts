import type { CompilerNode, CompilerThis } from "./compiler-types.ts";
import { nunjucks } from "./nunjucks.ts";
import { pyTruthy } from "./truthiness.ts";

type AnyFn = (...args: unknown[]) => unknown;

const TRUTH = "KolbaTruth";

// Conditions are wrapped in a node of our own that compiles to `runtime.truthy(…)`.
function truthNode(node: CompilerNode): CompilerNode {
  if (node.typename === TRUTH) return node;
  return { typename: TRUTH, target: node, lineno: node.lineno, colno: node.colno } as CompilerNode;
}

/**
 * Make `if`, `elif`, `not`, `and`, `or` and `x if c else y` decide by Python's truth value (empty
 * lists and dicts are false), with `and`/`or` returning one of their operands as Python's do.
 * @example installPythonTruthiness() // then {% if [] %} is false
 * @see jinja2/compiler.py CodeGenerator.visit_If
 */
export function installPythonTruthiness(): void {
  const runtime = nunjucks.runtime;
  const proto = nunjucks.compiler.Compiler.prototype;
  runtime.truthy = pyTruthy;
  runtime.pyOr = (left: unknown, right: () => unknown) => (pyTruthy(left) ? left : right());
  runtime.pyAnd = (left: unknown, right: () => unknown) => (pyTruthy(left) ? right() : left);

  proto[`compile${TRUTH}`] = function (this: CompilerThis, node: CompilerNode, frame: unknown) {
    this._emit("runtime.truthy(");
    this.compile(node.target, frame);
    this._emit(")");
  };
  const assertType = proto.assertType as AnyFn;
  proto.assertType = function (this: unknown, node: CompilerNode, ...types: unknown[]) {
    if (node.typename === TRUTH) return;
    assertType.call(this, node, ...types);
  };
  for (const kind of ["compileIf", "compileInlineIf"]) {
    const original = proto[kind] as AnyFn;
    proto[kind] = function (this: unknown, node: CompilerNode, ...rest: unknown[]) {
      node.cond = truthNode(node.cond);
      return original.call(this, node, ...rest);
    };
  }
  proto.compileNot = function (this: CompilerThis, node: CompilerNode, frame: unknown) {
    this._emit("!");
    this.compile(truthNode(node.target), frame);
  };
  for (const [kind, helper] of [
    ["compileOr", "pyOr"],
    ["compileAnd", "pyAnd"],
  ] as const) {
    proto[kind] = function (this: CompilerThis, node: CompilerNode, frame: unknown) {
      this._emit(`runtime.${helper}(`);
      this.compile(node.left, frame);
      this._emit(", function() { return ");
      this.compile(node.right, frame);
      this._emit("; })");
    };
  }
}
