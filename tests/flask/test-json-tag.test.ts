import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import {
  isTuple,
  JSONTag,
  MarkupString,
  TaggedJSONSerializer,
  tuple,
  UUID,
} from "../../sandbox-runtime/flask/json-tag.ts";
import { ValueError } from "flask";

function flaskSerializer(code: string): string {
  const script = `
import sys, json, datetime, uuid
from flask import Flask
from markupsafe import Markup
from flask.sessions import session_json_serializer as s
app = Flask("t")
with app.app_context():
${code
  .split("\n")
  .map((line) => `    ${line}`)
  .join("\n")}
`;
  const run = spawnSync("/usr/bin/python3", ["-c", script], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout.replace(/\n$/, "");
}

const FLASK_TEXT =
  '{"by":{" b":"AP8QYmluYXJ5"},"ctl":"\\u0000\\u001f\\u007f\\"\\\\/\\n","d":{" d":"Thu, 02 Jan 2020 03:04:05 GMT"},' +
  '"di":{" di":{" t__":[1]}},"m":{" m":"<b>hi</b>"},"n":[1,2.5,1.5e-07,-3,null,true,false],' +
  '"nested":{"a":{"b":[{" di":{" b__":"x"}}]}},"t":{" t":[1,"a",{" t":[2,3]}]},' +
  '"u":{" u":"12345678123456781234567812345678"},"user":"\\u0104\\u017euolas \\ud83d\\ude00","\\uffff":1,"\\ud83d\\ude00":2}';

function sample(): Record<string, unknown> {
  return {
    user: "Ąžuolas 😀",
    n: [1, 2.5, 1.5e-7, -3, null, true, false],
    t: tuple(1, "a", tuple(2, 3)),
    by: new Uint8Array([0, 255, 16, ...new TextEncoder().encode("binary")]),
    m: new MarkupString("<b>hi</b>"),
    u: new UUID("12345678-1234-5678-1234-567812345678"),
    d: new Date(Date.UTC(2020, 0, 2, 3, 4, 5)),
    di: { " t": [1] },
    nested: { a: { b: [{ " b": "x" }] } },
    "\uffff": 1,
    "\u{1F600}": 2,
    ctl: '\x00\x1f\x7f"\\/\n',
  };
}

describe("TaggedJSONSerializer.dumps", () => {
  it("writes exactly what Flask's session_json_serializer writes inside an app", () => {
    expect(new TaggedJSONSerializer().dumps(sample())).toBe(FLASK_TEXT);
  });

  it("agrees with the installed Flask on the same data, live", () => {
    const live =
      flaskSerializer(`v = {"user": "\\u0104\\u017euolas \\U0001F600", "n": [1, 2.5, 1.5e-7, -3, None, True, False],
  "t": (1, "a", (2, 3)), "by": b"\\x00\\xff\\x10binary", "m": Markup("<b>hi</b>"),
  "u": uuid.UUID("12345678-1234-5678-1234-567812345678"),
  "d": datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc), "di": {" t": [1]},
  "nested": {"a": {"b": [{" b": "x"}]}}, "\\uffff": 1, "\\U0001F600": 2, "ctl": "\\x00\\x1f\\x7f\\"\\\\/\\n"}
print(s.dumps(v))`);
    expect(live).toBe(FLASK_TEXT);
    expect(new TaggedJSONSerializer().dumps(sample())).toBe(live);
  });

  it("sorts keys and writes compact separators", () => {
    const s = new TaggedJSONSerializer();
    expect(s.dumps({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
    expect(s.dumps({})).toBe("{}");
    expect(s.dumps(tuple(1, 2))).toBe('{" t":[1,2]}');
    expect(
      s.dumps(
        new Map<string, unknown>([
          ["z", 1],
          ["y", new Map([["x", 2]])],
        ]),
      ),
    ).toBe('{"y":{"x":2},"z":1}');
  });

  it("can keep insertion order and non-ASCII text (Flask outside an app context)", () => {
    const s = new TaggedJSONSerializer({ sortKeys: false, ensureAscii: false });
    expect(s.dumps({ b: "ą", a: 1 })).toBe('{"b":"ą","a":1}');
  });

  it("writes Dates as HTTP dates with whole seconds", () => {
    expect(
      new TaggedJSONSerializer().dumps({ d: new Date(Date.UTC(2021, 5, 7, 8, 9, 10, 900)) }),
    ).toBe('{"d":{" d":"Mon, 07 Jun 2021 08:09:10 GMT"}}');
  });

  it("tags any object with __html__ as Markup", () => {
    const html = { __html__: () => "<i>x</i>" };
    expect(new TaggedJSONSerializer().dumps([html])).toBe('[{" m":"<i>x</i>"}]');
  });

  it("refuses values JSON cannot hold", () => {
    expect(() => new TaggedJSONSerializer().dumps(() => 1)).toThrow(
      "Object of type function is not JSON serializable",
    );
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => new TaggedJSONSerializer().dumps(loop)).toThrow();
  });
});

describe("TaggedJSONSerializer.loads", () => {
  it("reads Flask's text back into the port's types", () => {
    const value = new TaggedJSONSerializer().loads(FLASK_TEXT) as Record<string, unknown>;
    expect(value.user).toBe("Ąžuolas 😀");
    expect(value.n).toEqual([1, 2.5, 1.5e-7, -3, null, true, false]);
    expect(isTuple(value.t)).toBe(true);
    expect(value.t).toEqual([1, "a", [2, 3]]);
    expect(isTuple((value.t as unknown[])[2])).toBe(true);
    expect(value.by).toBeInstanceOf(Uint8Array);
    expect([...(value.by as Uint8Array)]).toEqual([
      0,
      255,
      16,
      ...new TextEncoder().encode("binary"),
    ]);
    expect(value.m).toBeInstanceOf(MarkupString);
    expect((value.m as MarkupString).__html__()).toBe("<b>hi</b>");
    expect(value.u).toBeInstanceOf(UUID);
    expect(String(value.u)).toBe("12345678-1234-5678-1234-567812345678");
    expect((value.d as Date).toISOString()).toBe("2020-01-02T03:04:05.000Z");
    expect(value.di).toEqual({ " t": [1] });
    expect(value.nested).toEqual({ a: { b: [{ " b": "x" }] } });
    expect(value["\u{1F600}"]).toBe(2);
    expect(value.ctl).toBe('\x00\x1f\x7f"\\/\n');
  });

  it("round-trips to the same text", () => {
    const s = new TaggedJSONSerializer();
    expect(s.dumps(s.loads(FLASK_TEXT))).toBe(FLASK_TEXT);
  });

  it("what the port writes, Flask reads to equal data", () => {
    const text = new TaggedJSONSerializer().dumps(sample());
    const check = flaskSerializer(`v = s.loads(${JSON.stringify(text)})
print(json.dumps([type(v["t"]).__name__, v["t"][2] == (2, 3), v["by"].hex(), type(v["m"]).__name__, str(v["u"]),
  v["d"].isoformat(), v["di"], v["nested"], v["user"]]))`);
    expect(JSON.parse(check)).toEqual([
      "tuple",
      true,
      "00ff1062696e617279",
      "Markup",
      "12345678-1234-5678-1234-567812345678",
      "2020-01-02T03:04:05+00:00",
      { " t": [1] },
      { a: { b: [{ " b": "x" }] } },
      "Ąžuolas 😀",
    ]);
  });

  it("leaves unknown tags and multi-key objects alone", () => {
    const s = new TaggedJSONSerializer();
    expect(s.loads('{" zz":1}')).toEqual({ " zz": 1 });
    expect(s.loads('{" t":[1],"x":2}')).toEqual({ " t": [1], x: 2 });
  });

  it("rejects a malformed UUID like Python", () => {
    expect(() => new TaggedJSONSerializer().loads('{" u":"nope"}')).toThrow(
      "badly formed hexadecimal UUID string",
    );
  });

  it("raises the exported ValueError for a malformed UUID", () => {
    for (const make of [
      () => new UUID("x"),
      () => new TaggedJSONSerializer().loads('{" u":"x"}'),
    ]) {
      let caught: unknown;
      try {
        make();
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ValueError);
      expect((caught as Error).name).toBe("ValueError");
    }
  });
});

describe("custom tags", () => {
  class TagSet extends JSONTag {
    override key = " s";
    check(value: unknown): boolean {
      return value instanceof Set;
    }
    toJSON(value: unknown): unknown {
      return this.serializer.tag([...(value as Set<unknown>)]);
    }
    override toPython(value: unknown): unknown {
      return new Set(value as unknown[]);
    }
  }

  it("registers a tag and uses it both ways", () => {
    const s = new TaggedJSONSerializer();
    s.register(TagSet, { index: 0 });
    const text = s.dumps({ tags: new Set(["a", "b"]) });
    expect(text).toBe('{"tags":{" s":["a","b"]}}');
    expect(s.loads(text)).toEqual({ tags: new Set(["a", "b"]) });
    expect(s.dumps({ " s": 1 })).toBe('{" di":{" s__":1}}');
  });

  it("refuses a duplicate key unless forced", () => {
    const s = new TaggedJSONSerializer();
    s.register(TagSet);
    expect(() => s.register(TagSet)).toThrow("Tag ' s' is already registered.");
    expect(() => s.register(TagSet, { force: true })).not.toThrow();
  });
});
