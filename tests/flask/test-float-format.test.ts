import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { g4 } from "../../sandbox-runtime/flask-sqlalchemy/echo.ts";
import {
  type FloatFormatOptions,
  type FloatPresentation,
  pyFormatFloat,
} from "../../sandbox-runtime/flask/python/float-format.ts";
import { pyPercentFormat } from "../../sandbox-runtime/flask/templating/printf.ts";
import { pyFormatValue } from "../../sandbox-runtime/flask/templating/str-format.ts";
import { pyFormatFloat as fromRuntime } from "flask/runtime";
import { ValueError } from "flask";

const VALUES = [
  0,
  -0,
  1,
  1.5e-5,
  1234567.0,
  1e16,
  1e-7,
  123.456,
  Infinity,
  -Infinity,
  NaN,
  0.5,
  1.5,
  2.5,
  -2.5,
  0.125,
  2.675,
  3.25,
  12.0,
  100.0,
  99999.95,
  9.9999995,
  0.00001,
  0.0001,
  1e22,
  5e-324,
  1.7976931348623157e308,
  -0.004,
  ...spreadDoubles(100),
];

/** `count` doubles from across the whole exponent range, the same on every run. */
function spreadDoubles(count: number): number[] {
  const view = new DataView(new ArrayBuffer(8));
  let state = 0x9e3779b97f4a7c15n;
  const out: number[] = [];
  while (out.length < count) {
    state ^= (state << 13n) & 0xffffffffffffffffn;
    state ^= state >> 7n;
    state ^= (state << 17n) & 0xffffffffffffffffn;
    view.setBigUint64(0, state);
    const value = view.getFloat64(0);
    if (Number.isFinite(value)) out.push(value);
  }
  return out;
}

type Case = FloatFormatOptions & { type: FloatPresentation };

const CASES: Case[] = [
  { type: "" },
  { type: "", alternate: true },
  { type: "", precision: 0 },
  { type: "", precision: 1 },
  { type: "", precision: 3 },
  { type: "", precision: 17 },
  { type: "e" },
  { type: "e", precision: 0 },
  { type: "e", precision: 0, alternate: true },
  { type: "e", precision: 3 },
  { type: "E", precision: 2, sign: "+" },
  { type: "e", precision: 20 },
  { type: "f" },
  { type: "f", precision: 0 },
  { type: "f", precision: 0, alternate: true },
  { type: "f", precision: 1 },
  { type: "f", precision: 2, sign: " " },
  { type: "F", precision: 3 },
  { type: "f", precision: 1, coerceNegativeZero: true },
  { type: "f", precision: 30 },
  { type: "g" },
  { type: "g", precision: 0 },
  { type: "g", precision: 1 },
  { type: "g", precision: 4 },
  { type: "g", precision: 17 },
  { type: "g", alternate: true },
  { type: "g", precision: 3, alternate: true },
  { type: "G", precision: 2 },
  { type: "n" },
  { type: "%" },
  { type: "%", precision: 0 },
  { type: "%", precision: 1, sign: "+" },
];

function specOf(c: Case): string {
  const sign = c.sign === undefined || c.sign === "-" ? "" : c.sign;
  const precision = c.precision === undefined ? "" : `.${c.precision}`;
  return `${sign}${c.coerceNegativeZero ? "z" : ""}${c.alternate ? "#" : ""}${precision}${c.type}`;
}

// The %-operator knows no `z`, `n`, `%` or empty type.
const PRINTF_CASES = CASES.filter((c) => /^[eEfFgG]$/.test(c.type) && !c.coerceNegativeZero);

// A point with no digits is precision 0.
const PRINTF_SPECS = [...PRINTF_CASES.map((c) => `%${specOf(c)}`), "%.f", "%.e", "%#.g", "%+.E"];

function pyLiteral(value: number): string {
  if (Object.is(value, -0)) return "-0.0";
  if (Number.isNaN(value)) return "nan";
  if (!Number.isFinite(value)) return value > 0 ? "inf" : "-inf";
  return String(value);
}

/** Python's answers for every value under every format spec, `%` conversion and `%.4g`. */
function pythonAnswers(): { format: string[][]; printf: string[][]; g4: string[] } {
  const script = `
import json, sys
data = json.load(sys.stdin)
values = [float(v) for v in data["values"]]
print(json.dumps({
    "format": [[format(v, spec) for spec in data["specs"]] for v in values],
    "printf": [[spec % v for spec in data["printf"]] for v in values],
    "g4": ["%.4g" % v for v in values],
}))
`;
  const run = spawnSync("/usr/bin/python3", ["-c", script], {
    encoding: "utf8",
    input: JSON.stringify({
      values: VALUES.map(pyLiteral),
      specs: CASES.map(specOf),
      printf: PRINTF_SPECS,
    }),
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

const python = pythonAnswers();

describe("pyFormatFloat", () => {
  it("prints every value under every spec as Python's format() does", () => {
    const mismatches: string[] = [];
    VALUES.forEach((value, row) => {
      CASES.forEach((c, column) => {
        const ours = pyFormatFloat(value, c.type, c);
        const theirs = python.format[row]?.[column];
        if (ours !== theirs)
          mismatches.push(
            `format(${pyLiteral(value)}, ${JSON.stringify(specOf(c))}): ${ours} ≠ ${theirs}`,
          );
      });
    });
    expect(mismatches).toEqual([]);
    expect(python.format.length * (python.format[0]?.length ?? 0)).toBe(
      VALUES.length * CASES.length,
    );
  });

  it("answers the brief's examples", () => {
    expect(pyFormatFloat(1234567, "g")).toBe("1.23457e+06");
    expect(pyFormatFloat(12, "", { precision: 3 })).toBe("12.0");
    expect(pyFormatFloat(123, "", { precision: 3 })).toBe("1.23e+02");
  });

  it("refuses a type a float has no format for, and a bad precision", () => {
    expect(() => pyFormatFloat(1, "d" as FloatPresentation)).toThrow(ValueError);
    expect(() => pyFormatFloat(1, "d" as FloatPresentation)).toThrow(
      "Unknown format code 'd' for object of type 'float'",
    );
    expect(() => pyFormatFloat(1, "f", { precision: -1 })).toThrow(ValueError);
  });

  it("is the one flask/runtime exports", () => {
    expect(fromRuntime).toBe(pyFormatFloat);
  });
});

describe("the callers print as Python does", () => {
  it("the % operator and the format filter (printf.ts)", () => {
    const mismatches: string[] = [];
    VALUES.forEach((value, row) => {
      PRINTF_SPECS.forEach((spec, column) => {
        const ours = pyPercentFormat(spec, [value]);
        const theirs = python.printf[row]?.[column];
        if (ours !== theirs) mismatches.push(`${spec} % ${pyLiteral(value)}: ${ours} ≠ ${theirs}`);
      });
    });
    expect(mismatches).toEqual([]);
  });

  it("str.format specs (str-format.ts)", () => {
    const mismatches: string[] = [];
    VALUES.forEach((value, row) => {
      CASES.forEach((c, column) => {
        // Without a type or precision a JavaScript integer formats as Python's int would.
        if (c.type === "" && c.precision === undefined && Number.isInteger(value)) return;
        if (c.type === "n" && Number.isInteger(value)) return;
        const ours = pyFormatValue(value, specOf(c));
        const theirs = python.format[row]?.[column];
        if (ours !== theirs)
          mismatches.push(`"{:${specOf(c)}}".format(${pyLiteral(value)}): ${ours} ≠ ${theirs}`);
      });
    });
    expect(mismatches).toEqual([]);
  });

  it("str.format refuses an integer type for a number with a fraction, as Python does", () => {
    for (const [value, type] of [
      [1.5, "d"],
      [2.5, "x"],
      [0.5, "c"],
      [NaN, "b"],
      [-1.25, "o"],
    ] as const) {
      const theirs = spawnSync(
        "/usr/bin/python3",
        [
          "-c",
          `try:\n  print(format(float("${pyLiteral(value)}"), "${type}"))\nexcept ValueError as e:\n  print(e)`,
        ],
        { encoding: "utf8" },
      ).stdout.trim();
      expect(() => pyFormatValue(value, type)).toThrow(ValueError);
      expect(() => pyFormatValue(value, type)).toThrow(theirs);
    }
    // A JavaScript integer is Python's int there.
    expect(pyFormatValue(2, "d")).toBe("2");
    expect(pyFormatValue(255, "x")).toBe("ff");
  });

  it("SQLAlchemy's echo log (%.4g of seconds)", () => {
    expect(VALUES.map(g4)).toEqual(python.g4);
  });
});
