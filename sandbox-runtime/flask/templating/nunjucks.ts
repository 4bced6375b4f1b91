/// <reference path="./nunjucks-bundle.d.ts" />
// The prebuilt browser bundle is the one nunjucks entry with no Node built-ins: the main entry and
// src/environment.js pull in node-loaders (fs, path, chokidar) and `events`, which a browser Worker
// cannot load. The bundle is self-contained UMD, so Node, WebContainers and Workers all run the
// very same nunjucks code, and Kolba's Jinja adjustments (see runtime-patches.ts) apply everywhere.
import bundle from "nunjucks/browser/nunjucks.js";

/** A compiled template's functions, as nunjucks' compiler returns them. */
export interface CompiledProps {
  root: RenderFunc;
  [block: string]: RenderFunc;
}

/** The signature of a compiled root or block function. */
export type RenderFunc = (
  env: NunjucksEnvironment,
  context: unknown,
  frame: unknown,
  runtime: unknown,
  cb: (err: unknown, res?: string) => void,
) => void;

/** The parts of a nunjucks Environment that Kolba uses. */
export interface NunjucksEnvironment {
  opts: Record<string, unknown>;
  globals: Record<string, unknown>;
  filters: Record<string, unknown>;
  tests: Record<string, unknown>;
  asyncFilters: string[];
  extensionsList: unknown[];
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
  addGlobal(name: string, value: unknown): void;
  addTest(name: string, fn: (...args: never[]) => unknown): void;
  getTemplate(...args: unknown[]): unknown;
}

/** A nunjucks Template instance. */
export interface NunjucksTemplate {
  path: string;
  render(ctx: Record<string, unknown>): string;
}

/** A source the nunjucks Environment asks its loaders for. */
export interface LoaderSource {
  src: { type: "code"; obj: CompiledProps };
  path: string;
  noCache: boolean;
}

/** A loader object as nunjucks' Environment expects it. */
export interface NunjucksLoader {
  cache: Record<string, unknown>;
  getSource(name: string): LoaderSource | null;
}

/** The SafeString class of the bundle's runtime. */
export interface SafeStringClass {
  new (value: string): { val: string; toString(): string };
  prototype: object;
}

/** The bundle's internals Kolba reaches into. */
export interface NunjucksBundle {
  Environment: new (
    loaders: NunjucksLoader[],
    opts: Record<string, unknown>,
  ) => NunjucksEnvironment;
  Template: new (
    src: { type: "code"; obj: CompiledProps },
    env: NunjucksEnvironment,
    path: string,
  ) => NunjucksTemplate;
  compiler: {
    compile(
      src: string,
      asyncFilters: string[],
      extensions: unknown[],
      name: string,
      opts: object,
    ): string;
    Compiler: { prototype: Record<string, unknown> };
  };
  runtime: Record<string, unknown> & {
    SafeString: SafeStringClass;
    Frame: { prototype: Record<string, unknown> };
    isKeywordArgs(value: unknown): boolean;
  };
  lib: Record<string, unknown> & { TemplateError: new (...args: unknown[]) => Error };
  nodes: Record<string, unknown> & {
    Node: {
      extend(
        name: string,
        props: object,
      ): new (
        lineno: number,
        colno: number,
        ...fields: unknown[]
      ) => object;
    };
    NodeList: new (lineno: number, colno: number, children: unknown[]) => object;
  };
  parser: { Parser: { prototype: Record<string, unknown> } };
  lexer: Record<string, unknown> & {
    TOKEN_SYMBOL: string;
    TOKEN_OPERATOR: string;
    TOKEN_COMMA: string;
    TOKEN_BLOCK_END: string;
  };
  installJinjaCompat(): void;
}

/** The nunjucks browser bundle, typed by what Kolba uses. */
export const nunjucks = bundle as NunjucksBundle;
