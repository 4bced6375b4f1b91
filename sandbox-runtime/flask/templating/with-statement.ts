import { nunjucks } from "./nunjucks.ts";

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
  skipValue(type: string, value: string): boolean;
  skip(type: string): boolean;
  parsePrimary(): { value: string; typename: string };
  parseExpression(): unknown;
  parseUntilBlocks(...names: string[]): unknown;
  advanceAfterBlockEnd(name?: string): void;
  fail(message: string, lineno?: number, colno?: number): never;
}

interface WithNode {
  names: string[];
  values: { children: unknown[] };
  body: unknown;
}

interface CompileFrame {
  push(): CompileFrame;
  set(name: string, id: string): void;
}

interface CompilerThis {
  _tmpid(): string;
  _emit(code: string): void;
  _emitLine(code: string): void;
  _compileExpression(node: unknown, frame: CompileFrame): void;
  _withScopedSyntax(fn: () => void): void;
  compile(node: unknown, frame: CompileFrame): void;
}

/**
 * Teach nunjucks Jinja's `{% with a = 1, b = 2 %}…{% endwith %}`: the values are computed first,
 * then visible only inside the block (Flask's message-flashing pattern uses it).
 * @example {% with messages = get_flashed_messages() %}{% if messages %}…{% endif %}{% endwith %}
 * @see jinja2/parser.py Parser.parse_with
 */
export function installWithStatement(): void {
  const { nodes, lexer } = nunjucks;
  const WithNode = nodes.Node.extend("KolbaWith", { fields: ["values", "body"] });
  const parserProto = nunjucks.parser.Parser.prototype;
  const parseStatement = parserProto.parseStatement as AnyFn;

  parserProto.parseStatement = function (this: ParserThis) {
    const tag = this.peekToken();
    if (tag.type !== lexer.TOKEN_SYMBOL || tag.value !== "with") return parseStatement.call(this);
    this.skipSymbol("with");
    const names: string[] = [];
    const values: unknown[] = [];
    if (!this.skip(lexer.TOKEN_BLOCK_END)) {
      do {
        const target = this.parsePrimary();
        if (target.typename !== "Symbol")
          this.fail("with: expected a name to assign", tag.lineno, tag.colno);
        if (!this.skipValue(lexer.TOKEN_OPERATOR, "="))
          this.fail("with: expected =", tag.lineno, tag.colno);
        names.push(target.value);
        values.push(this.parseExpression());
      } while (this.skip(lexer.TOKEN_COMMA));
      this.advanceAfterBlockEnd(tag.value);
    }
    const body = this.parseUntilBlocks("endwith");
    this.advanceAfterBlockEnd();
    const node = new WithNode(
      tag.lineno,
      tag.colno,
      new nodes.NodeList(tag.lineno, tag.colno, values),
      body,
    );
    (node as unknown as WithNode).names = names;
    return node;
  };

  nunjucks.compiler.Compiler.prototype.compileKolbaWith = function (
    this: CompilerThis,
    node: WithNode,
    frame: CompileFrame,
  ) {
    const ids = node.values.children.map((value) => {
      const id = this._tmpid();
      this._emit(`var ${id} = `);
      this._compileExpression(value, frame);
      this._emitLine(";");
      return id;
    });
    const inner = frame.push();
    this._emitLine("frame = frame.push();");
    node.names.forEach((name, i) => {
      const id = ids[i] as string;
      this._emitLine(`frame.set(${JSON.stringify(name)}, ${id});`);
      inner.set(name, id);
    });
    this._withScopedSyntax(() => this.compile(node.body, inner));
    this._emitLine("frame = frame.pop();");
  };
}
