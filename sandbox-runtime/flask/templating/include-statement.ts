import { nunjucks } from "./nunjucks.ts";

type AnyFn = (...args: unknown[]) => unknown;

interface Token {
  value: string;
  lineno: number;
  colno: number;
}

interface ParserThis {
  peekToken(): Token;
  nextToken(): Token;
  pushToken(token: Token): void;
  skipSymbol(name: string): boolean;
  parseExpression(): unknown;
  advanceAfterBlockEnd(name?: string): void;
  fail(message: string, lineno?: number, colno?: number): never;
}

interface IncludeNode {
  template: unknown;
  ignoreMissing?: boolean;
  withoutContext?: boolean;
}

const RENDER_WITH_CONTEXT = "template.render(context.getVariables(), frame, ";

/**
 * Jinja's include modifiers nunjucks lacks: `{% include 'x' with context %}` (the default) and
 * `{% include 'x' without context %}`, which renders the part with the globals only.
 * @example {% include "footer.html" ignore missing without context %}
 * @see jinja2/parser.py Parser.parse_include
 */
export function installIncludeStatement(): void {
  const proto = nunjucks.parser.Parser.prototype;
  const IncludeNode = (nunjucks.nodes as Record<string, unknown>).Include as new (
    lineno: number,
    colno: number,
  ) => IncludeNode;

  proto.parseInclude = function (this: ParserThis) {
    const tag = this.peekToken();
    if (!this.skipSymbol("include")) this.fail("parseInclude: expected include");
    const node = new IncludeNode(tag.lineno, tag.colno);
    node.template = this.parseExpression();
    if (this.skipSymbol("ignore")) {
      if (!this.skipSymbol("missing"))
        this.fail("expected 'missing' after 'ignore'", tag.lineno, tag.colno);
      node.ignoreMissing = true;
    }
    const withContext = this.skipSymbol("with");
    node.withoutContext = !withContext && this.skipSymbol("without");
    if ((withContext || node.withoutContext) && !this.skipSymbol("context")) {
      this.fail("expected 'context'", tag.lineno, tag.colno);
    }
    this.advanceAfterBlockEnd(tag.value);
    return node;
  };

  const compiler = nunjucks.compiler.Compiler.prototype;
  const compileInclude = compiler.compileInclude as AnyFn;
  compiler.compileInclude = function (
    this: { _emitLine(line: string): void },
    node: IncludeNode,
    frame: unknown,
  ) {
    if (!node.withoutContext) return compileInclude.call(this, node, frame);
    const emitLine = this._emitLine;
    // The part gets an empty context and a frame of its own; a fresh Frame keeps rendering synchronous.
    this._emitLine = (line: string) =>
      emitLine.call(
        this,
        line.startsWith(RENDER_WITH_CONTEXT)
          ? `template.render({}, new runtime.Frame(), ${line.slice(RENDER_WITH_CONTEXT.length)}`
          : line,
      );
    try {
      return compileInclude.call(this, node, frame);
    } finally {
      delete (this as { _emitLine?: unknown })._emitLine;
    }
  };
}
