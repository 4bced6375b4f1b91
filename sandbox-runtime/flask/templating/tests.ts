import { hasHtml, isSafe } from "./markup.ts";

type Test = (value: unknown, ...args: unknown[]) => boolean;

function isMapping(value: unknown): boolean {
  if (value instanceof Map) return true;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Jinja's built-in tests (`is defined`, `is none`, `is number`, …), with Python's notion of types:
 * booleans are numbers, a Markup is a string, a dict is a mapping.
 * @example env.addTest(name, fn) for each [name, fn] of Object.entries(jinjaTests())
 * @see jinja2/tests.py TESTS
 */
export function jinjaTests(): Record<string, Test> {
  const tests: Record<string, Test> = {
    odd: (value) => Number(value) % 2 !== 0,
    even: (value) => Number(value) % 2 === 0,
    divisibleby: (value, num) => Number(value) % Number(num) === 0,
    defined: (value) => value !== undefined,
    undefined: (value) => value === undefined,
    none: (value) => value === null,
    boolean: (value) => typeof value === "boolean",
    false: (value) => value === false,
    true: (value) => value === true,
    integer: (value) => typeof value === "number" && Number.isInteger(value),
    float: (value) => typeof value === "number" && !Number.isInteger(value),
    number: (value) => typeof value === "number" || typeof value === "boolean",
    string: (value) => typeof value === "string" || isSafe(value),
    lower: (value) => {
      const text = String(value);
      return text === text.toLowerCase() && text !== text.toUpperCase();
    },
    upper: (value) => {
      const text = String(value);
      return text === text.toUpperCase() && text !== text.toLowerCase();
    },
    mapping: isMapping,
    sequence: (value) =>
      typeof value === "string" || Array.isArray(value) || isSafe(value) || isMapping(value),
    iterable: (value) =>
      typeof value === "string" ||
      (typeof value === "object" &&
        value !== null &&
        (Symbol.iterator in value || isMapping(value))),
    callable: (value) => typeof value === "function",
    sameas: (value, other) => value === other,
    escaped: (value) => hasHtml(value) || isSafe(value),
    in: (value, seq) => {
      if (typeof seq === "string") return seq.includes(String(value));
      if (seq instanceof Map || seq instanceof Set) return seq.has(value);
      if (Array.isArray(seq)) return seq.includes(value);
      return typeof seq === "object" && seq !== null && Object.hasOwn(seq, String(value));
    },
    eq: (value, other) => value === other,
    ne: (value, other) => value !== other,
    lt: (value, other) => (value as number) < (other as number),
    le: (value, other) => (value as number) <= (other as number),
    gt: (value, other) => (value as number) > (other as number),
    ge: (value, other) => (value as number) >= (other as number),
  };
  Object.assign(tests, {
    "==": tests.eq,
    equalto: tests.eq,
    "!=": tests.ne,
    "<": tests.lt,
    lessthan: tests.lt,
    "<=": tests.le,
    ">": tests.gt,
    greaterthan: tests.gt,
    ">=": tests.ge,
  });
  return tests;
}
