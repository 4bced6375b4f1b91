/** A node of nunjucks' template syntax tree, with the fields Kolba's compiler hooks read. */
export interface CompilerNode {
  typename: string;
  lineno?: number;
  colno?: number;
  cond: CompilerNode;
  left: CompilerNode;
  right: CompilerNode;
  targets: CompilerNode[];
  target: CompilerNode;
  val: CompilerNode;
  value: CompilerNode | null;
  body: CompilerNode;
}

/** The parts of nunjucks' Compiler that Kolba's compiler hooks call. */
export interface CompilerThis {
  _emit(code: string): void;
  _emitLine(code: string): void;
  _compileExpression(node: CompilerNode, frame: unknown): void;
  compile(node: CompilerNode, frame: unknown): void;
}
