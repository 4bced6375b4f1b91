import { describe, expect, test } from "vitest";
import { dumps, Flask, jsonify, loads, Markup, MultiDict, request } from "flask";
import { pythonJsonDumps } from "flask/runtime";

describe("jsonify", () => {
  test("sorted keys, ASCII escapes, dates as HTTP dates, compact with a newline", async () => {
    const app = new Flask("j");
    const text = await app.appContext().run(() =>
      jsonify({ b: 1, a: "ą\x7f", d: new Date(Date.UTC(2020, 0, 2, 3, 4, 5)) }).getData({
        asText: true,
      }),
    );
    // The same bytes Flask 2.2 produces for the same data.
    expect(text).toBe('{"a":"\\u0105\\u007f","b":1,"d":"Thu, 02 Jan 2020 03:04:05 GMT"}\n');
  });

  test("several values become a list; none becomes null", async () => {
    const app = new Flask("j");
    await app.appContext().run(() => {
      expect(jsonify(1, 2).getData({ asText: true })).toBe("[1,2]\n");
      expect(jsonify().getData({ asText: true })).toBe("null\n");
      expect(jsonify([]).mimetype).toBe("application/json");
      expect(jsonify({}).contentType).toBe("application/json");
    });
  });

  test("debug mode pretty-prints with indent 2", async () => {
    const app = new Flask("j");
    app.debug = true;
    const text = await app
      .appContext()
      .run(() => jsonify({ b: [1, {}], a: [] }).getData({ asText: true }));
    expect(text).toBe('{\n  "a": [],\n  "b": [\n    1,\n    {}\n  ]\n}\n');
  });

  test("app.json settings: compact, sortKeys, ensureAscii, mimetype", async () => {
    const app = new Flask("j");
    app.json.compact = false;
    app.json.sortKeys = false;
    app.json.ensureAscii = false;
    app.json.mimetype = "application/vnd.kolba+json";
    const res = await app.appContext().run(() => jsonify({ z: "ž", a: 1 }));
    expect(res.getData({ asText: true })).toBe('{\n  "z": "ž",\n  "a": 1\n}\n');
    expect(res.mimetype).toBe("application/vnd.kolba+json");
  });

  test("unserializable values raise Python's TypeError text", async () => {
    const app = new Flask("j");
    class Thing {}
    await app.appContext().run(() => {
      expect(() => jsonify({ x: new Thing() })).toThrow(
        "Object of type Thing is not JSON serializable",
      );
      expect(() => jsonify({ m: new Map() })).toThrow(
        "Object of type Map is not JSON serializable",
      );
    });
  });

  test("Markup serializes through __html__; MultiDict through toJSON", async () => {
    const app = new Flask("j");
    await app.appContext().run(() => {
      expect(jsonify({ m: new Markup("<b>x</b>") }).getData({ asText: true })).toBe(
        '{"m":"<b>x</b>"}\n',
      );
      expect(
        jsonify(
          new MultiDict([
            ["a", "1"],
            ["a", "2"],
          ]),
        ).getData({ asText: true }),
      ).toBe('{"a":"1"}\n');
    });
  });

  test("views returning objects use the app's provider", async () => {
    const app = new Flask("j");
    app.route("/", function index() {
      return { name: request.args.get("name"), list: [1, 2] };
    });
    const res = await app.request("/?name=ana");
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(await res.text()).toBe('{"list":[1,2],"name":"ana"}\n');
  });
});

describe("dumps and loads", () => {
  test("Python's json.dumps spacing and NaN", () => {
    expect(dumps({ b: [1, 2], a: null })).toBe('{"a": null, "b": [1, 2]}');
    expect(pythonJsonDumps(Number.NaN)).toBe("NaN");
    expect(pythonJsonDumps(-Infinity)).toBe("-Infinity");
    expect(loads('{"a": [1]}')).toEqual({ a: [1] });
  });

  test("floats as Python's repr writes them: exponent below 1e-4, two exponent digits", () => {
    expect(pythonJsonDumps([1.5e-5, 1e-5, 0.0001, 9.99e-5, -2.5e-7, 3.14e-100, 0.1, 123.456])).toBe(
      "[1.5e-05, 1e-05, 0.0001, 9.99e-05, -2.5e-07, 3.14e-100, 0.1, 123.456]",
    );
    expect(dumps({ x: 1.5e-5 })).toBe('{"x": 1.5e-05}');
  });

  test("jsonify writes 1.5e-5 as 1.5e-05", async () => {
    const app = new Flask("test_json");
    app.route("/", function index() {
      return jsonify({ x: 1.5e-5 });
    });
    expect((await app.testClient().get("/")).text).toBe('{"x":1.5e-05}\n');
  });
});
