/**
 * Parsing of converter arguments in rule strings, e.g. the `2, max=10, sep="+"` of
 * `<list(2, max=10, sep="+"):x>`: Python literals become JavaScript values.
 *
 * @example
 * parseConverterArgs('1, max=10, name="a"'); // [[1], { max: 10, name: "a" }]
 * @see werkzeug/routing/rules.py parse_converter_args
 */
import { ValueError } from "../exceptions.ts";
import { pyFloat, pyInt } from "../python/index.ts";

const WORD = "[\\p{L}\\p{N}_]";
// Werkzeug 3.x pattern (it added the leading \s* and the check that arguments are contiguous).
const ARG_RE = new RegExp(
  `\\s*(?:(?<name>${WORD}+)\\s*=\\s*)?` +
    `(?<value>True|False|\\d+.\\d+|\\d+.|\\d+|[${WORD.slice(1, -1)}\\d_.]+|` +
    `[urUR]?(?<stringval>"[^"]*?"|'[^']*'))\\s*,`,
  "gu",
);

const CONSTANTS: Record<string, null | boolean> = { None: null, True: true, False: false };

/** A converter argument as Python would see it. */
export type ConverterArg = null | boolean | number | string;

/** Werkzeug's `_pythonize`: constants, ints, floats, else the text without quotes. */
export function pythonize(value: string): ConverterArg {
  if (value in CONSTANTS) return CONSTANTS[value] ?? null;
  try {
    return pyInt(value);
  } catch {
    // not an int
  }
  try {
    return pyFloat(value);
  } catch {
    // not a float
  }
  const first = value[0];
  if (first !== undefined && value.at(-1) === first && (first === '"' || first === "'")) {
    return value.slice(1, -1);
  }
  return value;
}

/**
 * Split a converter argument string into positional values and keyword values.
 *
 * @example
 * parseConverterArgs("fixed_digits=4"); // [[], { fixed_digits: 4 }]
 * @see werkzeug/routing/rules.py parse_converter_args
 */
export function parseConverterArgs(argstr: string): [ConverterArg[], Record<string, ConverterArg>] {
  const text = argstr + ",";
  const args: ConverterArg[] = [];
  const kwargs: Record<string, ConverterArg> = {};
  let position = 0;
  for (const item of text.matchAll(ARG_RE)) {
    const start = item.index ?? 0;
    if (start !== position) {
      throw new ValueError(`Cannot parse converter argument '${text.slice(position, start)}'`);
    }
    const groups = item.groups ?? {};
    const value = pythonize(groups.stringval ?? groups.value ?? "");
    if (groups.name) kwargs[groups.name] = value;
    else args.push(value);
    position = start + item[0].length;
  }
  return [args, kwargs];
}
