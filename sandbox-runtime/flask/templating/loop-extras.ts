import { nunjucks } from "./nunjucks.ts";
import { pyTruthy } from "./truthiness.ts";

type AnyFn = (...args: unknown[]) => unknown;

interface ForNode {
  name: { typename: string; value?: string; children?: { value: string }[] };
  arr: { typename: string; cond: unknown; body: unknown; else_: unknown };
}

interface CompilerThis {
  _tmpid(): string;
  _emit(code: string): void;
  _emitLine(code: string): void;
  _compileExpression(node: unknown, frame: unknown): void;
  compile(node: unknown, frame: unknown): void;
}

interface LoopState {
  index0: number;
  cycle?: AnyFn;
  changed?: AnyFn;
}

const FILTER = "KolbaLoopFilter";
const NOTHING = Symbol("nothing");

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => x === b[i] || JSON.stringify(x) === JSON.stringify(b[i]))
  );
}

/**
 * Give nunjucks' `loop` what Jinja's has beyond index/first/last/length: `loop.cycle(…)`,
 * `loop.changed(…)`, `loop.previtem`, `loop.nextitem`, `loop.depth`/`depth0`, and loop filters
 * (`{% for u in users if u.active %}`, where `loop` counts only the items that pass).
 * @example {% for x in xs if x %}{{ loop.cycle('odd', 'even') }}{% endfor %}
 * @see jinja2/runtime.py LoopContext
 */
export function installLoopExtras(): void {
  const runtime = nunjucks.runtime;
  const proto = nunjucks.compiler.Compiler.prototype;

  const frameSet = runtime.Frame.prototype.set as AnyFn;
  runtime.Frame.prototype.set = function set(
    this: { variables: Record<string, unknown> },
    ...args: unknown[]
  ) {
    frameSet.apply(this, args);
    if (args[0] !== "loop.index0") return;
    const loop = this.variables.loop as LoopState;
    loop.cycle ??= (...items: unknown[]) => {
      if (items.length === 0) throw new Error("no items for cycling given");
      return items[loop.index0 % items.length];
    };
    if (!loop.changed) {
      let last: unknown[] | typeof NOTHING = NOTHING;
      loop.changed = (...values: unknown[]) => {
        if (last !== NOTHING && sameValues(last, values)) return false;
        last = values;
        return true;
      };
    }
  };

  const emitLoopBindings = proto._emitLoopBindings as AnyFn;
  proto._emitLoopBindings = function (
    this: CompilerThis,
    node: unknown,
    arr: string,
    i: string,
    len: string,
  ) {
    emitLoopBindings.call(this, node, arr, i, len);
    this._emitLine(`frame.set("loop.previtem", ${i} > 0 ? ${arr}[${i} - 1] : undefined);`);
    this._emitLine(`frame.set("loop.nextitem", ${i} < ${len} - 1 ? ${arr}[${i} + 1] : undefined);`);
    this._emitLine(`frame.set("loop.depth", 1);`);
    this._emitLine(`frame.set("loop.depth0", 0);`);
  };

  runtime.loopFilter = (items: unknown, keep: (item: unknown) => unknown) => {
    const list = (runtime.fromIterator as AnyFn)(items);
    return Array.isArray(list) ? list.filter((item) => pyTruthy(keep(item))) : list;
  };

  // `for x in xs if cond` parses as `for x in (xs if cond)` with no else: Jinja's loop filter.
  const compileFor = proto.compileFor as AnyFn;
  proto.compileFor = function (this: CompilerThis, node: ForNode, frame: unknown) {
    if (node.arr.typename === "InlineIf" && node.arr.else_ === null) {
      node.arr = {
        typename: FILTER,
        cond: node.arr.cond,
        body: node.arr.body,
        else_: node.name,
      } as ForNode["arr"];
    }
    return compileFor.call(this, node, frame);
  };
  proto[`compile${FILTER}`] = function (this: CompilerThis, node: ForNode["arr"], frame: unknown) {
    const item = this._tmpid();
    const target = node.else_ as ForNode["name"];
    const names =
      target.typename === "Symbol"
        ? [target.value as string]
        : (target.children ?? []).map((c) => c.value);
    this._emit("runtime.loopFilter(");
    this._compileExpression(node.body, frame);
    this._emit(`, function(${item}) { frame = frame.push(); try { `);
    names.forEach((name, index) => {
      const value = target.typename === "Symbol" ? item : `${item}[${index}]`;
      this._emit(`frame.set(${JSON.stringify(name)}, ${value}); `);
    });
    this._emit("return ");
    this._compileExpression(node.cond, frame);
    this._emit("; } finally { frame = frame.pop(); } })");
  };
  const assertType = proto.assertType as AnyFn;
  proto.assertType = function (this: unknown, node: { typename: string }, ...types: unknown[]) {
    if (node.typename === FILTER) return;
    return assertType.call(this, node, ...types);
  };
}
