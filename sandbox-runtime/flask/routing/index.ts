export {
  AnyConverter,
  BaseConverter,
  type ConverterClass,
  DEFAULT_CONVERTERS,
  FloatConverter,
  IntegerConverter,
  NumberConverter,
  PathConverter,
  UnicodeConverter,
  UUIDConverter,
  ValidationError,
} from "./converters.ts";
export { type ConverterArg, parseConverterArgs } from "./converter-args.ts";
export { MethodNotAllowed, NotFound } from "../exceptions.ts";
export {
  BuildError,
  isRoutingException,
  NoMatch,
  RequestAliasRedirect,
  RequestPath,
  RequestRedirect,
  RoutingException,
} from "./exceptions.ts";
export { type BindOptions, Map, type MapOptions, type RuleFactory } from "./map.ts";
export {
  type BuildOptions,
  type BuildValues,
  MapAdapter,
  type MatchResult,
  type QueryArgs,
} from "./map-adapter.ts";
export { StateMachineMatcher } from "./matcher.ts";
export {
  EndpointPrefix,
  RuleTemplate,
  RuleTemplateFactory,
  Subdomain,
  Submount,
} from "./rule-factories.ts";
export {
  type RedirectTarget,
  Rule,
  type RuleOptions,
  type RulePart,
  type Weighting,
} from "./rule.ts";
