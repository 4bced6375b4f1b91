export { selectAutoescape } from "./templating/autoescape.ts";
export type {
  TemplateCallable,
  TemplateContext,
  TemplateEnvironmentOptions,
} from "./templating/environment.ts";
export {
  createTemplateEnvironment,
  Template,
  TemplateEnvironment,
} from "./templating/environment.ts";
export type { TemplateLocation } from "./templating/errors.ts";
export {
  TemplateNotFound,
  TemplateRuntimeError,
  TemplateSyntaxError,
} from "./templating/errors.ts";
export { htmlSafeJsonDumps } from "./templating/json-dumps.ts";
export type { Keywords } from "./templating/keywords.ts";
export {
  callWithKeywords,
  isKeywordArgs,
  splitKeywordArgs,
  takesRawKeywords,
} from "./templating/keywords.ts";
export type { FileSource } from "./templating/loader.ts";
export { escapeHtml, Markup } from "./templating/markup.ts";
export { Namespace } from "./templating/namespace.ts";
export { pyRepr, pyStr } from "./python/index.ts";
