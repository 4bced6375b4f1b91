/**
 * The fixtures a cell's tests declare, by name, and how one test gets them: each made once per
 * test, on first need, and torn down after it in the reverse order.
 * @see _pytest/fixtures.py FixtureManager, FixtureRequest
 */

/** What a fixture or a test receives: the fixtures it names, ready. */
// biome-ignore lint/suspicious/noExplicitAny: a learner's fixtures hold whatever they return.
export type Fixtures = Record<string, any>;

/**
 * A fixture's function: returns its value, or yields it and then tears down. It takes the
 * fixtures it names, typed as its author likes (`{ app }: { app: Flask }` or `Fixtures`).
 */
export type FixtureFunction = (
  fixtures: never,
) => unknown | Generator<unknown, unknown, unknown> | AsyncGenerator<unknown, unknown, unknown>;

const declared = new Map<string, FixtureFunction>();

/** Raised when a test names a fixture nobody declared; its message lists the ones that exist. */
export class FixtureLookupError extends Error {
  override name = "FixtureLookupError";
}

/**
 * Declare a fixture: a named function whose result a test gets by naming it.
 * @example
 * fixture(function client() {
 *   return app.testClient();
 * });
 * export async function test_home({ client }: Fixtures) {
 *   assert.equal((await client.get("/")).statusCode, 200);
 * }
 * @see _pytest/fixtures.py fixture
 */
export function fixture(fn: FixtureFunction): void {
  if (typeof fn !== "function" || !fn.name) {
    throw new TypeError(
      "fixture() takes a named function; its name is the fixture's: fixture(function client() { … })",
    );
  }
  declared.set(fn.name, fn);
}

/** The names of the declared fixtures. */
export function fixtureNames(): string[] {
  return [...declared.keys()];
}

/**
 * The names a function asks for: the keys of the object pattern it takes as its first
 * parameter (`function test_x({ client, app })`), as pytest reads a function's argument names.
 * @example
 * requestedNames(function t({ client, app }) {}); // ["client", "app"]
 */
export function requestedNames(fn: (...args: never[]) => unknown): string[] {
  const text = Function.prototype.toString.call(fn);
  const open = text.indexOf("(");
  if (open === -1) return [];
  let i = open + 1;
  while (/\s/.test(text[i] ?? "")) i++;
  if (text[i] !== "{") return [];
  // The pattern's top-level keys: skip nested braces, defaults and renames after `:`/`=`.
  const names: string[] = [];
  let depth = 0;
  let token = "";
  let takingKey = true;
  for (i += 1; i < text.length; i++) {
    const c = text[i] as string;
    if (depth === 0 && c === "}") break;
    if (c === "{" || c === "[" || c === "(") depth++;
    else if (c === "}" || c === "]" || c === ")") depth--;
    else if (depth === 0 && c === ",") {
      if (takingKey && token) names.push(token);
      token = "";
      takingKey = true;
      continue;
    } else if (depth === 0 && (c === ":" || c === "=")) {
      if (takingKey && token) names.push(token);
      token = "";
      takingKey = false;
      continue;
    }
    if (takingKey && depth === 0 && /[\w$]/.test(c)) token += c;
  }
  if (takingKey && token) names.push(token);
  return names;
}

function isGenerator(value: unknown): value is Generator | AsyncGenerator {
  return (
    value !== null &&
    typeof value === "object" &&
    typeof (value as Generator).next === "function" &&
    (Symbol.iterator in value || Symbol.asyncIterator in value)
  );
}

/** Where a fixture failed: while it was set up, or while it was torn down. */
export class FixtureError extends Error {
  constructor(
    readonly phase: "setup" | "teardown",
    readonly fixtureName: string,
    override readonly cause: unknown,
  ) {
    super(
      `${phase === "setup" ? "Setting up" : "Tearing down"} the fixture "${fixtureName}" failed`,
    );
  }
}

/** The fixtures of one test: made on demand, each at most once, torn down in reverse. */
export class FixtureScope {
  #values = new Map<string, unknown>();
  #teardowns: Array<{ name: string; run: () => Promise<unknown> }> = [];

  /** Resolve what `fn` asks for. */
  async argumentsFor(fn: (...args: never[]) => unknown, chain: string[] = []): Promise<Fixtures> {
    const out: Fixtures = {};
    for (const name of requestedNames(fn)) out[name] = await this.#value(name, chain);
    return out;
  }

  async #value(name: string, chain: string[]): Promise<unknown> {
    if (this.#values.has(name)) return this.#values.get(name);
    const fn = declared.get(name);
    if (!fn) {
      const known = fixtureNames();
      throw new FixtureLookupError(
        `fixture "${name}" not found; ${known.length ? `available: ${known.join(", ")}` : "no fixtures are declared"}`,
      );
    }
    if (chain.includes(name)) {
      throw new FixtureLookupError(
        `fixtures ask for each other in a circle: ${[...chain, name].join(" → ")}`,
      );
    }
    const args = await this.argumentsFor(fn as never, [...chain, name]);
    let value: unknown;
    try {
      value = await (fn as (fixtures: Fixtures) => unknown)(args);
      if (isGenerator(value)) {
        const generator = value;
        const first = await generator.next();
        if (first.done) throw new Error(`the fixture "${name}" did not yield a value`);
        value = first.value;
        this.#teardowns.push({
          name,
          run: async () => {
            const rest = await generator.next();
            if (!rest.done) throw new Error(`the fixture "${name}" yielded more than once`);
          },
        });
      }
    } catch (error) {
      throw error instanceof FixtureError || error instanceof FixtureLookupError
        ? error
        : new FixtureError("setup", name, error);
    }
    this.#values.set(name, value);
    return value;
  }

  /** Tear down what was set up, last first; the first failure is returned. */
  async close(): Promise<FixtureError | null> {
    let failure: FixtureError | null = null;
    for (const { name, run } of this.#teardowns.reverse()) {
      try {
        await run();
      } catch (error) {
        failure ??= new FixtureError("teardown", name, error);
      }
    }
    this.#teardowns = [];
    return failure;
  }
}
