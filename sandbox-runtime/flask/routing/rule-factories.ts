/**
 * Rule factories: groups of rules that share a subdomain, a path prefix, an endpoint prefix or
 * a template.
 *
 * @example
 * new Map([new Submount("/blog", [new Rule("/", { endpoint: "blog/index" })])]);
 * @see werkzeug/routing/rules.py RuleFactory
 */
import { LookupError, ValueError } from "../exceptions.ts";
import type { Map as UrlMap, RuleFactory } from "./map.ts";
import { pyStrRepr } from "../python/index.ts";
import { Rule } from "./rule.ts";

/**
 * Put every rule on one subdomain pattern.
 *
 * @example
 * new Subdomain("<lang>", [new Rule("/about", { endpoint: "about" })]);
 * @see werkzeug/routing/rules.py Subdomain
 */
export class Subdomain implements RuleFactory {
  readonly subdomain: string;
  readonly rules: Iterable<RuleFactory>;

  constructor(subdomain: string, rules: Iterable<RuleFactory>) {
    this.subdomain = subdomain;
    this.rules = rules;
  }

  *getRules(map: UrlMap): Generator<Rule> {
    for (const factory of this.rules) {
      for (const rule of factory.getRules(map)) {
        const copy = rule.empty();
        copy.subdomain = this.subdomain;
        yield copy;
      }
    }
  }
}

/**
 * Prefix every rule's path.
 *
 * @example
 * new Submount("/blog", [new Rule("/entry/<slug>", { endpoint: "blog/show" })]);
 * @see werkzeug/routing/rules.py Submount
 */
export class Submount implements RuleFactory {
  readonly path: string;
  readonly rules: Iterable<RuleFactory>;

  constructor(path: string, rules: Iterable<RuleFactory>) {
    this.path = path.replace(/\/+$/, "");
    this.rules = rules;
  }

  *getRules(map: UrlMap): Generator<Rule> {
    for (const factory of this.rules) {
      for (const rule of factory.getRules(map)) {
        const copy = rule.empty();
        copy.rule = this.path + copy.rule;
        yield copy;
      }
    }
  }
}

/**
 * Prefix every rule's endpoint.
 *
 * @example
 * new EndpointPrefix("admin.", [new Rule("/users", { endpoint: "users" })]);
 * @see werkzeug/routing/rules.py EndpointPrefix
 */
export class EndpointPrefix implements RuleFactory {
  readonly prefix: string;
  readonly rules: Iterable<RuleFactory>;

  constructor(prefix: string, rules: Iterable<RuleFactory>) {
    this.prefix = prefix;
    this.rules = rules;
  }

  *getRules(map: UrlMap): Generator<Rule> {
    for (const factory of this.rules) {
      for (const rule of factory.getRules(map)) {
        const copy = rule.empty();
        copy.endpoint = this.prefix + (copy.endpoint ?? "None");
        yield copy;
      }
    }
  }
}

/** Python's `string.Template(text).substitute(context)`: `$name`, `${name}`, `$$`. */
function substitute(text: string, context: Record<string, unknown>): string {
  return text.replace(
    /\$(?:(\$)|([_a-zA-Z][_a-zA-Z0-9]*)|\{([_a-zA-Z][_a-zA-Z0-9]*)\}|())/g,
    (_m, dollar, named, braced, invalid, offset: number) => {
      if (dollar !== undefined) return "$";
      const name = (named ?? braced) as string | undefined;
      if (name !== undefined) {
        if (!Object.hasOwn(context, name)) throw new LookupError(pyStrRepr(name));
        return String(context[name]);
      }
      if (invalid !== undefined) {
        const before = text.slice(0, offset).split("\n");
        throw new ValueError(
          `Invalid placeholder in string: line ${before.length}, col ${(before.at(-1)?.length ?? 0) + 1}`,
        );
      }
      return "";
    },
  );
}

/**
 * Rules with `$placeholders` in rule, endpoint, string defaults and subdomain; call
 * `template.apply({ name: "user" })` to fill them.
 *
 * @example
 * const resource = new RuleTemplate([new Rule("/$name/", { endpoint: "$name.list" })]);
 * new Map([resource.apply({ name: "user" }), resource.apply({ name: "page" })]);
 * @see werkzeug/routing/rules.py RuleTemplate
 */
export class RuleTemplate {
  readonly rules: Rule[];

  constructor(rules: Iterable<Rule>) {
    this.rules = [...rules];
  }

  /** Fill the placeholders (Python calls the template: `resource(name="user")`). */
  apply(context: Record<string, unknown>): RuleTemplateFactory {
    return new RuleTemplateFactory(this.rules, context);
  }
}

/**
 * The factory a RuleTemplate returns; it keeps only the options Werkzeug copies (defaults,
 * subdomain, methods, build-only, endpoint, strict slashes).
 *
 * @example
 * new RuleTemplateFactory([new Rule("/$x")], { x: "y" });
 * @see werkzeug/routing/rules.py RuleTemplateFactory
 */
export class RuleTemplateFactory implements RuleFactory {
  readonly rules: Iterable<RuleFactory>;
  readonly context: Record<string, unknown>;

  constructor(rules: Iterable<RuleFactory>, context: Record<string, unknown>) {
    this.rules = rules;
    this.context = context;
  }

  *getRules(map: UrlMap): Generator<Rule> {
    for (const factory of this.rules) {
      for (const rule of factory.getRules(map)) {
        let defaults: Record<string, unknown> | null = null;
        if (rule.defaults && Object.keys(rule.defaults).length > 0) {
          defaults = {};
          for (const [key, value] of Object.entries(rule.defaults)) {
            defaults[key] = typeof value === "string" ? substitute(value, this.context) : value;
          }
        }
        const subdomain = rule.subdomain !== null ? substitute(rule.subdomain, this.context) : null;
        const endpoint = rule.endpoint !== null ? substitute(rule.endpoint, this.context) : null;
        yield new Rule(substitute(rule.rule, this.context), {
          defaults,
          subdomain,
          methods: rule.methods,
          buildOnly: rule.buildOnly,
          endpoint,
          strictSlashes: rule.strictSlashes,
        });
      }
    }
  }
}
