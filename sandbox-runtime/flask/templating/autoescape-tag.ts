import { autoescapeView } from "./compile.ts";
import type { NunjucksEnvironment } from "./nunjucks.ts";
import { nunjucks } from "./nunjucks.ts";
import { pyTruthy } from "./truthiness.ts";

type AnyFn = (...args: unknown[]) => unknown;

interface Token {
  type: string;
  value: string;
  lineno: number;
  colno: number;
}

interface ParserThis {
  peekToken(): Token;
  skipSymbol(name: string): boolean;
  parseExpression(): unknown;
  parseUntilBlocks(...names: string[]): unknown;
  advanceAfterBlockEnd(name?: string): void;
}

interface AutoescapeNode {
  value: unknown;
  body: unknown;
}

interface CompilerThis {
  _tmpid(): string;
  _emit(code: string): void;
  _emitLine(code: string): void;
  _compileExpression(node: unknown, frame: unknown): void;
  _withScopedSyntax(fn: () => void): void;
  compile(node: unknown, frame: unknown): void;
}

/**
 * Teach nunjucks Jinja's `{% autoescape true|false %}…{% endautoescape %}`: output inside the
 * block is escaped (or not) whatever the template's own setting.
 * @example {% autoescape false %}{{ trusted_html }}{% endautoescape %}
 * @see jinja2/ext.py (the autoescape tag, built into Jinja since 2.9)
 */
export function installAutoescapeTag(): void {
  const { nodes, lexer } = nunjucks;
  const AutoescapeNode = nodes.Node.extend("KolbaAutoescape", { fields: ["value", "body"] });
  const parserProto = nunjucks.parser.Parser.prototype;
  const parseStatement = parserProto.parseStatement as AnyFn;

  parserProto.parseStatement = function (this: ParserThis) {
    const tag = this.peekToken();
    if (tag.type !== lexer.TOKEN_SYMBOL || tag.value !== "autoescape")
      return parseStatement.call(this);
    this.skipSymbol("autoescape");
    const value = this.parseExpression();
    this.advanceAfterBlockEnd(tag.value);
    const body = this.parseUntilBlocks("endautoescape");
    this.advanceAfterBlockEnd();
    return new AutoescapeNode(tag.lineno, tag.colno, value, body);
  };

  nunjucks.runtime.autoescapeEnv = (env: NunjucksEnvironment, value: unknown) =>
    autoescapeView(env, pyTruthy(value));

  nunjucks.compiler.Compiler.prototype.compileKolbaAutoescape = function (
    this: CompilerThis,
    node: AutoescapeNode,
    frame: unknown,
  ) {
    const saved = this._tmpid();
    this._emit(`var ${saved} = env; env = runtime.autoescapeEnv(env, `);
    this._compileExpression(node.value, frame);
    this._emitLine(");");
    this._withScopedSyntax(() => this.compile(node.body, frame));
    this._emitLine(`env = ${saved};`);
  };
}
