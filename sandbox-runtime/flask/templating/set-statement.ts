import type { CompilerNode, CompilerThis } from "./compiler-types.ts";
import { Namespace } from "./namespace.ts";
import { nunjucks } from "./nunjucks.ts";

type AnyFn = (...args: unknown[]) => unknown;

const CAPTURE = "KolbaCapture";

/**
 * Jinja's `set` beyond nunjucks': `{% set ns.attr = … %}` on a `namespace()`, and a block set
 * (`{% set x %}…{% endset %}`) that yields Markup in an autoescaping template, so printing it
 * later does not escape it twice.
 * @example installSetStatement()
 * @see jinja2/compiler.py CodeGenerator.visit_Assign
 */
export function installSetStatement(): void {
  const runtime = nunjucks.runtime;
  const proto = nunjucks.compiler.Compiler.prototype;

  runtime.setNamespaceAttr = (target: unknown, attr: unknown, value: unknown) => {
    if (!(target instanceof Namespace))
      throw new Error("cannot assign attribute on non-namespace object");
    target[String(attr)] = value;
  };
  const compileSet = proto.compileSet as AnyFn;
  proto.compileSet = function (this: CompilerThis, node: CompilerNode, frame: unknown) {
    const target = node.targets[0];
    if (node.targets.length !== 1 || target?.typename !== "LookupVal")
      return compileSet.call(this, node, frame);
    this._emit("runtime.setNamespaceAttr(");
    this._compileExpression(target.target, frame);
    this._emit(", ");
    this._compileExpression(target.val, frame);
    this._emit(", ");
    if (node.value) this._compileExpression(node.value, frame);
    else this.compile(node.body, frame);
    this._emitLine(");");
  };

  runtime.markCapture = (text: string, autoescape: boolean) =>
    autoescape ? new runtime.SafeString(text) : text;
  proto[`compile${CAPTURE}`] = function (this: CompilerThis, node: CompilerNode, frame: unknown) {
    this._emit("runtime.markCapture(");
    this.compile(node.target, frame);
    this._emit(", env.opts.autoescape)");
  };
  const compileNamespaceSet = proto.compileSet as AnyFn;
  proto.compileSet = function (this: unknown, node: CompilerNode, frame: unknown) {
    if (!node.value && node.body && node.body.typename !== CAPTURE) {
      node.body = { typename: CAPTURE, target: node.body } as CompilerNode;
    }
    return compileNamespaceSet.call(this, node, frame);
  };
}
