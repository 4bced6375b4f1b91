import { UUID } from "../../sandbox-runtime/flask/uuid.ts";
import { describe, expect, it } from "vitest";
import { NotFound, ValueError } from "../../sandbox-runtime/flask/exceptions.ts";
import {
  AnyConverter,
  BaseConverter,
  FloatConverter,
  IntegerConverter,
  Map as UrlMap,
  PathConverter,
  parseConverterArgs,
  Rule,
  UnicodeConverter,
  UUIDConverter,
  ValidationError,
} from "../../sandbox-runtime/flask/routing/index.ts";

// Expected values were taken from Werkzeug 3.1 and Python 3.11.
const map = new UrlMap();

describe("parseConverterArgs", () => {
  it.each([
    ["", [], {}],
    ["1", [1], {}],
    ["1, 2", [1, 2], {}],
    ["min=1, max=10", [], { min: 1, max: 10 }],
    ["fixed_digits=4", [], { fixed_digits: 4 }],
    ["signed=True", [], { signed: true }],
    [`'a', "b", c`, ["a", "b", "c"], {}],
    [`u'x', r"y"`, ["x", "y"], {}],
    ["1.5, 2.", [1.5, 2], {}],
    ["None, True, False", [null, true, false], {}],
    ["x=None", [], { x: null }],
    [" 1 , 2 ", [1, 2], {}],
    ["1_000", [1000], {}],
    ["inf", [Infinity], {}],
    ["foo.bar", ["foo.bar"], {}],
    ["'1'", ["1"], {}],
    ['"True"', ["True"], {}],
    ["3x", ["3x"], {}],
    ["a=", [], {}],
    [",", [], {}],
    ["1,,2", ["1,", 2], {}],
    ["é", ["é"], {}],
  ])("parses %j", (argstr, args, kwargs) => {
    expect(parseConverterArgs(argstr)).toEqual([args, kwargs]);
  });

  it("rejects text between arguments", () => {
    expect(() => parseConverterArgs("a b")).toThrow(
      new ValueError("Cannot parse converter argument 'a'"),
    );
  });
});

describe("built-in converters", () => {
  it.each([
    ["string", new UnicodeConverter(map), "[^/]{1,}", 100, true],
    ["string(length=2)", new UnicodeConverter(map, { length: 2 }), "[^/]{2}", 100, true],
    ["string(3, 5)", new UnicodeConverter(map, 3, 5), "[^/]{3,5}", 100, true],
    ["string(maxlength=4)", new UnicodeConverter(map, { maxlength: 4 }), "[^/]{1,4}", 100, true],
    ["int", new IntegerConverter(map), "\\d+", 50, true],
    ["int(signed=True)", new IntegerConverter(map, { signed: true }), "-?\\d+", 50, true],
    ["float", new FloatConverter(map), "\\d+\\.\\d+", 50, true],
    ["float(signed=True)", new FloatConverter(map, { signed: true }), "-?\\d+\\.\\d+", 50, true],
    ["path", new PathConverter(map), "[^/].*?", 200, false],
    [
      "uuid",
      new UUIDConverter(map),
      "[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}",
      100,
      true,
    ],
    ["any", new AnyConverter(map, "a.b", "c|d", "e"), "(?:a\\.b|c\\|d|e)", 100, true],
  ])(
    "%s has Werkzeug's regex, weight and isolation",
    (_name, converter, regex, weight, isolating) => {
      expect(converter.regex).toBe(regex);
      expect(converter.weight).toBe(weight);
      expect(converter.partIsolating).toBe(isolating);
      expect(converter.map).toBe(map);
    },
  );

  it("accepts camelCase keyword names too", () => {
    const converter = new IntegerConverter(map, { fixedDigits: 3 });
    expect(converter.fixedDigits).toBe(3);
  });

  it("int: fixed digits, bounds and zero padding", () => {
    const converter = new IntegerConverter(map, { fixed_digits: 4, min: 2, max: 20000 });
    expect(converter.toUrl(7)).toBe("0007");
    expect(converter.toUrl(-7)).toBe("-007");
    expect(converter.toUrl(123456)).toBe("123456");
    expect(converter.toPython("0007")).toBe(7);
    expect(() => converter.toPython("0001")).toThrow(ValidationError);
    expect(() => converter.toPython("007")).toThrow(ValidationError);
    expect(() => new IntegerConverter(map).toUrl("abc")).toThrow(
      new ValueError("invalid literal for int() with base 10: 'abc'"),
    );
    expect(new IntegerConverter(map).toUrl(3.9)).toBe("3");
    expect(new IntegerConverter(map).toUrl(1e21)).toBe("1000000000000000000000");
  });

  it.each([
    [1, "1.0"],
    [1.5, "1.5"],
    [1e16, "1e+16"],
    [1e15, "1000000000000000.0"],
    [0.0001, "0.0001"],
    [0.00001, "1e-05"],
    [123456789.125, "123456789.125"],
    [-2.5, "-2.5"],
    [1e-7, "1e-07"],
    [2.5e-5, "2.5e-05"],
    [1.7976931348623157e308, "1.7976931348623157e+308"],
  ])("float: toUrl(%d) prints %s like Python", (value, text) => {
    expect(new FloatConverter(map).toUrl(value)).toBe(text);
  });

  it("float: bounds", () => {
    const converter = new FloatConverter(map, 0.5, 2.5);
    expect(converter.toPython("0.5")).toBe(0.5);
    expect(() => converter.toPython("2.6")).toThrow(ValidationError);
  });

  it("uuid: values arrive as a UUID that prints lowercase, as str(uuid.UUID) does", () => {
    const value = new UUIDConverter(map).toPython("6F2A1C3E-0000-4000-8000-00000000ABCD");
    expect(value).toBeInstanceOf(UUID);
    expect(String(value)).toBe("6f2a1c3e-0000-4000-8000-00000000abcd");
    expect((value as UUID).version).toBe(4);
    expect((value as UUID).hex).toBe("6f2a1c3e000040008000" + "00000000abcd");
    expect(new UUIDConverter(map).toUrl(value)).toBe("6f2a1c3e-0000-4000-8000-00000000abcd");
  });

  it("uuid: version and variant read like Python's uuid module", () => {
    expect(new UUID("00000000-0000-1000-8000-000000000000").version).toBe(1);
    expect(new UUID("00000000-0000-4000-0000-000000000000").version).toBeNull();
    expect(new UUID("00000000-0000-4000-0000-000000000000").variant).toBe(
      "reserved for NCS compatibility",
    );
    expect(new UUID("{6F2A1C3E-0000-4000-8000-00000000ABCD}").urn).toBe(
      "urn:uuid:6f2a1c3e-0000-4000-8000-00000000abcd",
    );
    expect(new UUID("6f2a1c3e-0000-4000-8000-00000000abcd").int).toBe(
      0x6f2a1c3e00004000800000000000abcdn,
    );
  });

  it("any: building with an unlisted value is a ValueError", () => {
    const converter = new AnyConverter(map, "b", "a");
    expect(converter.toUrl("a")).toBe("a");
    expect(() => converter.toUrl("c")).toThrow(new ValueError("'c' is not one of 'a', 'b'"));
  });

  it("default: quotes like Werkzeug 3.x and prints values like Python", () => {
    const converter = new BaseConverter(map);
    // Werkzeug 2.2 also escaped "&", "=" and "@".
    expect(
      converter.toUrl("a/b c?d#e&f=g@h:i;j,k+l$m!n'o(p)q*r~s_t.u-v%w\"x<y>z[1]{2}|3\\4^5`6"),
    ).toBe(
      "a/b%20c%3Fd%23e&f=g@h:i;j,k+l$m!n'o(p)q*r~s_t.u-v%25w%22x%3Cy%3Ez%5B1%5D%7B2%7D%7C3%5C4%5E5%606",
    );
    expect(converter.toUrl(true)).toBe("True");
    expect(converter.toUrl(null)).toBe("None");
    expect(converter.toUrl("žodis")).toBe("%C5%BEodis");
  });
});

class ListConverter extends BaseConverter {
  readonly sep: string;

  constructor(m: UrlMap, sep = ",") {
    super(m);
    this.sep = sep;
  }

  override toPython(value: string): unknown {
    return value.split(this.sep);
  }

  override toUrl(value: unknown): string {
    return (value as unknown[]).map((item) => super.toUrl(item)).join(this.sep);
  }
}

class KeywordListConverter extends ListConverter {
  constructor(m: UrlMap, options: { sep?: string } = {}) {
    super(m, options.sep ?? ",");
  }
}

class OddConverter extends BaseConverter {
  override regex = "\\d+";

  override toPython(value: string): unknown {
    if (Number(value) % 2 === 0) throw new ValidationError();
    return Number(value);
  }

  override toUrl(value: unknown): string {
    if ((value as number) % 2 === 0) throw new ValidationError();
    return String(value);
  }
}

class GroupsConverter extends BaseConverter {
  override regex = "(\\d+)-(\\d+)";
}

class SlashyConverter extends BaseConverter {
  override regex = "[a-z]+/[a-z]+";
}

class ExplicitConverter extends BaseConverter {
  override regex = "[a-z]+/[a-z]+";
  override partIsolating = true;
}

class LightConverter extends BaseConverter {
  override weight = 10;
}

class ArgsConverter extends BaseConverter {
  readonly args: unknown[];

  constructor(m: UrlMap, ...args: unknown[]) {
    super(m);
    this.args = args;
  }

  override toPython(value: string): unknown {
    return [value, ...this.args];
  }
}

describe("custom converters", () => {
  const custom = new UrlMap(
    [
      new Rule("/l/<list:items>", { endpoint: "l" }),
      new Rule("/p/<list('+'):items>", { endpoint: "p" }),
      new Rule("/k/<klist(sep='|'):items>", { endpoint: "k" }),
      new Rule("/o/<odd:n>", { endpoint: "odd" }),
      new Rule("/o/<int:n>", { endpoint: "even" }),
      new Rule("/b/<odd:n>", { endpoint: "both" }),
      new Rule("/b/x<int:n>", { endpoint: "both" }),
      new Rule("/b/n<int:n>", { endpoint: "both" }),
      new Rule("/g/<groups:r>/<int:n>", { endpoint: "g" }),
      new Rule("/s/<slashy:s>", { endpoint: "s" }),
      new Rule("/s/<slashy:s>/end", { endpoint: "send" }),
      new Rule("/w/<x>", { endpoint: "heavy" }),
      new Rule("/w/<light:x>", { endpoint: "light" }),
      new Rule("/v/<odd:n>", { endpoint: "v1" }),
      new Rule("/v/<string:n>", { endpoint: "v2" }),
      new Rule("/a/<args(1, 'x', flag=True, n=2.5):v>", { endpoint: "args" }),
    ],
    {
      converters: {
        list: ListConverter,
        klist: KeywordListConverter,
        odd: OddConverter,
        groups: GroupsConverter,
        slashy: SlashyConverter,
        light: LightConverter,
        args: ArgsConverter,
      },
    },
  );
  const adapter = custom.bind("h");
  const match = (path: string) => {
    const result = adapter.match(path);
    return [result.endpoint, result.args];
  };

  it("receive positional and keyword arguments from the rule", () => {
    expect(match("/l/a,b,c")).toEqual(["l", { items: ["a", "b", "c"] }]);
    expect(match("/p/a+b")).toEqual(["p", { items: ["a", "b"] }]);
    expect(match("/k/a|b")).toEqual(["k", { items: ["a", "b"] }]);
    expect(match("/a/q")).toEqual(["args", { v: ["q", 1, "x", { flag: true, n: 2.5 }] }]);
  });

  it("build through their toUrl", () => {
    expect(adapter.build("l", { items: ["a b", "c,d", "e/f"] })).toBe("/l/a%20b,c,d,e/f");
    expect(adapter.build("p", { items: ["x", "y"] })).toBe("/p/x+y");
    expect(adapter.build("k", { items: ["x", "y"] })).toBe("/k/x|y");
  });

  it("are ordered by weight: int (50) before a default-weight converter", () => {
    expect(match("/o/3")).toEqual(["even", { n: 3 }]);
    expect(match("/w/z")).toEqual(["light", { x: "z" }]);
  });

  it("a ValidationError in toPython gives 404 rather than trying the next rule", () => {
    expect(match("/v/3")).toEqual(["v1", { n: 3 }]);
    expect(() => adapter.match("/v/4")).toThrow(NotFound);
  });

  it("a ValidationError in toUrl makes building try the next rule", () => {
    expect(adapter.build("both", { n: 3 })).toBe("/b/3");
    expect(adapter.build("both", { n: 4 })).toBe("/b/x4");
    expect(() => adapter.build("odd", { n: 4 })).toThrow(
      "Could not build url for endpoint 'odd' with values ['n'].",
    );
  });

  it("groups inside a converter regex don't shift values (Werkzeug 3.x)", () => {
    expect(match("/g/1-2/3")).toEqual(["g", { r: "1-2", n: 3 }]);
  });

  it("a regex with a slash matches across segments unless partIsolating is set (Werkzeug 3.x)", () => {
    expect(new SlashyConverter(custom).partIsolating).toBe(false);
    expect(new ExplicitConverter(custom).partIsolating).toBe(true);
    expect(new GroupsConverter(custom).partIsolating).toBe(true);
    expect(new LightConverter(custom).partIsolating).toBe(true);
    expect(match("/s/ab/cd")).toEqual(["s", { s: "ab/cd" }]);
    expect(match("/s/ab/cd/end")).toEqual(["send", { s: "ab/cd" }]);
    expect(() => adapter.match("/s/ab")).toThrow(NotFound);
  });

  it("can be registered on a live map", () => {
    const late = new UrlMap([new Rule("/x/<int:n>", { endpoint: "x" })]);
    late.converters.list = ListConverter;
    late.add(new Rule("/late/<list:items>", { endpoint: "late" }));
    expect(late.bind("h").match("/late/a,b").args).toEqual({ items: ["a", "b"] });
    expect(late.bind("h").build("late", { items: [1, 2] })).toBe("/late/1,2");
  });

  it("can replace a built-in converter", () => {
    const replaced = new UrlMap([], { converters: { default: LightConverter } });
    replaced.add(new Rule("/r/<x>", { endpoint: "r" }));
    expect([...replaced.iterRules()][0]?.converters.get("x")).toBeInstanceOf(LightConverter);
    expect(UrlMap.defaultConverters.default).toBe(UnicodeConverter);
  });
});
