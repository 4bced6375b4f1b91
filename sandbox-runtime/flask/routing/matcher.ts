/**
 * The state machine that matches a path against all rules, one "/"-part at a time: literal
 * parts first, then dynamic parts by weight.
 *
 * @example
 * const matcher = new StateMachineMatcher(true);
 * matcher.add(rule);
 * matcher.update();
 * matcher.match("", "/user/1", "GET");
 * @see werkzeug/routing/matcher.py StateMachineMatcher
 */
import { ValidationError } from "./converters.ts";
import { NoMatch, RequestAliasRedirect, RequestPath } from "./exceptions.ts";
import { compareWeights, partsEqual, type Rule, type RulePart } from "./rule.ts";

interface State {
  dynamic: [RulePart, State][];
  rules: Rule[];
  static: globalThis.Map<string, State>;
}

function newState(): State {
  return { dynamic: [], rules: [], static: new globalThis.Map() };
}

class SlashRequired extends Error {}

/** Werkzeug names converter groups `__werkzeug_0`, `__werkzeug_1`, …; their values in order. */
function converterValues(groups: Record<string, string | undefined>): string[] {
  const out: string[] = [];
  for (let i = 0; `__werkzeug_${i}` in groups; i++) out.push(groups[`__werkzeug_${i}`] ?? "");
  return out;
}

const regexCache = new WeakMap<RulePart, RegExp>();

function partRegex(part: RulePart): RegExp {
  let regex = regexCache.get(part);
  if (regex === undefined) {
    const source = `^(?:${part.content})`;
    try {
      // "u" makes lengths count code points like Python; custom regexes that only parse
      // without it still work.
      regex = new RegExp(source, "u");
    } catch {
      regex = new RegExp(source);
    }
    regexCache.set(part, regex);
  }
  return regex;
}

/**
 * Werkzeug's rule matcher (2.2+), with the 3.x fixes: converter values come from named groups,
 * slash runs merge fully, and a rule with `mergeSlashes: false` does not redirect.
 *
 * @example
 * new StateMachineMatcher(true);
 * @see werkzeug/routing/matcher.py StateMachineMatcher
 */
export class StateMachineMatcher {
  mergeSlashes: boolean;
  #root: State = newState();

  constructor(mergeSlashes: boolean) {
    this.mergeSlashes = mergeSlashes;
  }

  /** Add a bound rule's parts to the state machine. */
  add(rule: Rule): void {
    let state = this.#root;
    for (const part of rule.parts) {
      if (part.static) {
        let next = state.static.get(part.content);
        if (next === undefined) {
          next = newState();
          state.static.set(part.content, next);
        }
        state = next;
      } else {
        const found = state.dynamic.find(([test]) => partsEqual(test, part));
        if (found) {
          state = found[1];
        } else {
          const next = newState();
          state.dynamic.push([part, next]);
          state = next;
        }
      }
    }
    state.rules.push(rule);
  }

  /** Sort every state's dynamic transitions by weight. */
  update(): void {
    const visit = (state: State): void => {
      state.dynamic.sort((a, b) => compareWeights(a[0].weight, b[0].weight));
      for (const next of state.static.values()) visit(next);
      for (const [, next] of state.dynamic) visit(next);
    };
    visit(this.#root);
  }

  /**
   * Match a domain part and a path; returns the rule and its converted values, or throws
   * NoMatch, RequestPath (redirect to a fixed path) or RequestAliasRedirect.
   */
  match(domain: string, path: string, method: string): [Rule, Record<string, unknown>] {
    const haveMatchFor = new Set<string>();

    // `parts[at..]` is what is left to match; walking reads indices rather than slicing.
    const walk = (
      state: State,
      parts: string[],
      at: number,
      values: string[],
    ): [Rule, string[]] | null => {
      if (at >= parts.length) {
        for (const rule of state.rules) {
          if (rule.methods !== null && !rule.methods.has(method)) {
            for (const m of rule.methods) haveMatchFor.add(m);
          } else {
            return [rule, values];
          }
        }
        const slashState = state.static.get("");
        if (slashState !== undefined) {
          for (const rule of slashState.rules) {
            if (rule.methods === null || rule.methods.has(method)) {
              if (rule.strictSlashes) throw new SlashRequired();
              return [rule, values];
            }
          }
        }
        return null;
      }

      const part = parts[at] as string;
      const staticState = state.static.get(part);
      if (staticState !== undefined) {
        const found = walk(staticState, parts, at + 1, values);
        if (found !== null) return found;
      }
      for (const [testPart, next] of state.dynamic) {
        let target = part;
        let restParts = parts;
        let restAt = at + 1;
        if (testPart.final) {
          target = at === 0 ? parts.join("/") : parts.slice(at).join("/");
          restAt = parts.length;
        }
        const match = partRegex(testPart).exec(target);
        if (match !== null) {
          if (testPart.suffixed && match[match.length - 1] === "/") {
            restParts = [""];
            restAt = 0;
          }
          const groups = match.groups ?? {};
          const found = walk(next, restParts, restAt, [...values, ...converterValues(groups)]);
          if (found !== null) return found;
        }
      }

      if (at === parts.length - 1 && parts[at] === "") {
        for (const rule of state.rules) {
          if (rule.strictSlashes) continue;
          if (rule.methods !== null && !rule.methods.has(method)) {
            for (const m of rule.methods) haveMatchFor.add(m);
          } else {
            return [rule, values];
          }
        }
      }
      return null;
    };

    const attempt = (target: string): [Rule, string[]] | null => {
      try {
        const parts = target.split("/");
        parts.unshift(domain);
        return walk(this.#root, parts, 0, []);
      } catch (error) {
        if (error instanceof SlashRequired) throw new RequestPath(`${target}/`);
        throw error;
      }
    };

    let found = attempt(path);
    if (this.mergeSlashes && found === null) {
      const merged = path.replace(/\/{2,}/g, "/");
      found = attempt(merged);
      if (found === null || found[0].mergeSlashes === false) throw new NoMatch(haveMatchFor);
      throw new RequestPath(merged);
    }
    if (found === null) throw new NoMatch(haveMatchFor);

    const [rule, values] = found;
    const result: Record<string, unknown> = {};
    let index = 0;
    for (const [name, converter] of rule.converters) {
      if (index >= values.length) break;
      try {
        result[name] = converter.toPython(values[index] as string);
      } catch (error) {
        if (error instanceof ValidationError) throw new NoMatch(haveMatchFor);
        throw error;
      }
      index += 1;
    }
    if (rule.defaults) Object.assign(result, rule.defaults);
    if (rule.alias && rule.map?.redirectDefaults)
      throw new RequestAliasRedirect(result, rule.endpoint);
    return [rule, result];
  }
}
