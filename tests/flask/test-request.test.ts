import { describe, expect, test } from "vitest";
import {
  BadRequestKeyError,
  Flask,
  ImmutableMultiDict,
  jsonify,
  KeyError,
  MultiDict,
  request,
} from "flask";
import type { ItemAccess } from "flask/runtime";

function app(): Flask {
  const a = new Flask("request_app");
  a.testing = true;
  return a;
}

describe("request attributes", () => {
  test("URL parts match Werkzeug's", async () => {
    const a = app();
    a.route("/info", function info() {
      return jsonify({
        url: request.url,
        base: request.baseUrl,
        root: request.urlRoot,
        path: request.path,
        full: request.fullPath,
        scheme: request.scheme,
        host: request.host,
        host_url: request.hostUrl,
        remote: request.remoteAddr,
        ua: String(request.userAgent),
        mt: request.mimetype,
        ct: request.contentType ?? null,
        cl: request.contentLength,
        is_json: request.isJson,
        qs: request.queryString,
      });
    });
    const res = await a
      .testClient()
      .get("/info?a=1&b=%C4%85+x", { headers: { "User-Agent": "UA/1" } });
    // Values as Flask 2.2 reports them for the same request.
    expect(res.json).toEqual({
      base: "http://localhost/info",
      cl: null,
      ct: null,
      full: "/info?a=1&b=%C4%85+x",
      host: "localhost",
      host_url: "http://localhost/",
      is_json: false,
      mt: "",
      path: "/info",
      qs: "a=1&b=%C4%85+x",
      remote: "127.0.0.1",
      root: "http://localhost/",
      scheme: "http",
      ua: "UA/1",
      url: "http://localhost/info?a=1&b=ą+x",
    });
  });

  test("args: get with default and type, getList, immutable", async () => {
    const a = app();
    a.route("/", function index() {
      const args = request.args;
      expect(() => args.set("x", "1")).toThrow(TypeError);
      return jsonify({
        page: args.get("page", 1, Number),
        bad: args.get("bad", 7, Number),
        missing: args.get("missing") ?? null,
        tags: args.getList("tag"),
        ints: args.getList("n", Number),
        empty: args.get("empty"),
        flag: args.get("flag"),
      });
    });
    const res = await a.testClient().get("/?page=3&bad=x&tag=a&tag=b&n=1&n=z&n=2&empty=&flag");
    expect(res.json).toEqual({
      page: 3,
      bad: 7,
      missing: null,
      tags: ["a", "b"],
      ints: [1, 2],
      empty: "",
      flag: "",
    });
  });

  test("form (urlencoded) and values; GET values hold only args", async () => {
    const a = app();
    a.route("/", { methods: ["GET", "POST"] }, function index() {
      return jsonify({
        form: request.form.toDict(false),
        values: request.values.toDict(false),
        data: new TextDecoder().decode(request.data),
      });
    });
    const c = a.testClient();
    const post = await c.post("/?q=1", { data: { name: "ana", many: ["1", "2"] } });
    expect(post.json).toEqual({
      form: { name: ["ana"], many: ["1", "2"] },
      values: { q: ["1"], name: ["ana"], many: ["1", "2"] },
      data: "",
    });
    const get = await c.get("/?q=1", { data: { name: "ana" } });
    // A GET body is still parsed into form, but values leaves it out (Werkzeug 2.0+).
    expect(get.json).toEqual({ form: { name: ["ana"] }, values: { q: ["1"] }, data: "" });
  });

  test("multipart: fields and files", async () => {
    const a = app();
    a.post("/upload", function upload() {
      const f = request.files.get("doc");
      return jsonify({
        name: request.form.get("name"),
        filename: f?.filename,
        type: f?.mimetype,
        text: f?.text(),
        many: request.files.getList("many").map((x) => x.filename),
      });
    });
    const res = await a.testClient().post("/upload", {
      data: {
        name: "ą title",
        doc: { content: "hello file", filename: "a.txt", contentType: "text/plain" },
        many: [
          { content: "1", filename: "one.bin" },
          { content: "2", filename: "two.bin" },
        ],
      },
    });
    expect(res.json).toEqual({
      name: "ą title",
      filename: "a.txt",
      type: "text/plain",
      text: "hello file",
      many: ["one.bin", "two.bin"],
    });
  });

  test("a multipart body parsed from a web FormData request", async () => {
    const a = app();
    a.post("/", function index() {
      return `${request.form.get("a")} ${request.files.get("f")?.filename} ${request.files.get("f")?.text()}`;
    });
    const form = new FormData();
    form.append("a", "1");
    form.append("f", new Blob(["content"], { type: "text/plain" }), "f.txt");
    const res = await a.request("/", { method: "POST", body: form });
    expect(await res.text()).toBe("1 f.txt content");
  });

  test("json, getJson({ silent, force }), 415 and 400", async () => {
    const a = app();
    a.post("/json", function json() {
      return jsonify({ got: request.json });
    });
    a.post("/silent", function silent() {
      return jsonify({ got: request.getJson({ silent: true }) });
    });
    a.post("/force", function force() {
      return jsonify({ got: request.getJson({ force: true }) });
    });
    a.testing = false;
    const c = a.testClient();
    expect((await c.post("/json", { json: { a: [1] } })).json).toEqual({ got: { a: [1] } });
    expect(
      (await c.post("/json", { data: "{}", contentType: "application/vnd.api+json" })).json,
    ).toEqual({ got: {} });
    // Flask 3.x / Werkzeug 2.3+: a non-JSON Content-Type is 415 (Flask 2.2 answered 400).
    const wrongType = await c.post("/json", { data: "{}", contentType: "text/plain" });
    expect(wrongType.statusCode).toBe(415);
    const bad = await c.post("/json", { data: "{bad", contentType: "application/json" });
    expect(bad.statusCode).toBe(400);
    expect(bad.text).toContain(
      "<p>The browser (or proxy) sent a request that this server could not understand.</p>",
    );
    expect(
      (await c.post("/silent", { data: "{bad", contentType: "application/json" })).json,
    ).toEqual({ got: null });
    expect((await c.post("/silent", { data: "{}", contentType: "text/plain" })).json).toEqual({
      got: null,
    });
    expect((await c.post("/force", { data: '{"x":1}', contentType: "text/plain" })).json).toEqual({
      got: { x: 1 },
    });
  });

  test("in debug mode the JSON error keeps its detail", async () => {
    const a = new Flask("dbg");
    a.debug = true;
    a.config.PROPAGATE_EXCEPTIONS = false;
    a.post("/", function index() {
      return jsonify(request.json);
    });
    const res = await a.testClient().post("/", { data: "{bad", contentType: "application/json" });
    expect(res.statusCode).toBe(400);
    expect(res.text).toContain("Failed to decode JSON object:");
  });

  test("raw data and getData({ asText })", async () => {
    const a = app();
    a.post("/", function index() {
      return `${request.data.byteLength} ${request.getData({ asText: true })} ${request.mimetype} ${request.contentLength}`;
    });
    const res = await a
      .testClient()
      .post("/", { data: "héllo", contentType: "text/plain; charset=utf-8" });
    expect(res.text).toBe("6 héllo text/plain 6");
  });

  test("MAX_CONTENT_LENGTH: reading a larger body is 413", async () => {
    const a = app();
    a.config.MAX_CONTENT_LENGTH = 10;
    a.post("/form", function form() {
      return String(request.form.get("a"));
    });
    a.post("/data", function data() {
      return String(request.getData().length);
    });
    a.post("/ignore", function ignore() {
      return "not read";
    });
    a.testing = false;
    const c = a.testClient();
    expect((await c.post("/form", { data: { a: "x".repeat(20) } })).statusCode).toBe(413);
    // Werkzeug 3.x limits the stream too (2.2 only limited form parsing).
    expect((await c.post("/data", { data: "x".repeat(20) })).statusCode).toBe(413);
    expect((await c.post("/ignore", { data: "x".repeat(20) })).text).toBe("not read");
    expect((await c.post("/form", { data: { a: "x" } })).text).toBe("x");
    const res = await a.request("/form", {
      method: "POST",
      body: "a=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(res.status).toBe(413);
  });

  test("cookies and headers", async () => {
    const a = app();
    a.route("/", function index() {
      return `${request.cookies.get("theme")} ${request.cookies.get("q")} ${request.headers.get("x-custom")}`;
    });
    const res = await a
      .testClient()
      .get("/", { headers: { Cookie: 'theme=dark; q="a b"', "X-Custom": "yes" } });
    expect(res.text).toBe("dark a b yes");
  });

  test("endpoint, viewArgs, urlRule, blueprint", async () => {
    const a = app();
    a.route("/item/<int:id>", { methods: ["GET", "POST"] }, function item() {
      return jsonify({
        endpoint: request.endpoint,
        args: request.viewArgs,
        rule: request.urlRule?.rule,
        methods: [...(request.urlRule?.methods ?? [])].sort(),
        bp: request.blueprint,
      });
    });
    const res = await a.testClient().get("/item/5");
    expect(res.json).toEqual({
      endpoint: "item",
      args: { id: 5 },
      rule: "/item/<int:id>",
      methods: ["GET", "HEAD", "OPTIONS", "POST"],
      bp: null,
    });
  });
});

describe("MultiDict", () => {
  test("keeps every value and reads the first", () => {
    const d = new MultiDict<string>([
      ["a", "1"],
      ["b", "2"],
      ["a", "3"],
    ]);
    expect(d.get("a")).toBe("1");
    expect(d.getList("a")).toEqual(["1", "3"]);
    expect(d.items(true)).toEqual([
      ["a", "1"],
      ["a", "3"],
      ["b", "2"],
    ]);
    expect(d.toDict()).toEqual({ a: "1", b: "2" });
    d.set("a", "x");
    expect(d.getList("a")).toEqual(["x"]);
    expect(d.pop("a")).toBe("x");
    expect(() => d.pop("a")).toThrow("'a'");
    expect([...d]).toEqual(["b"]);
    expect(new ImmutableMultiDict({ k: ["1", "2"] }).getList("k")).toEqual(["1", "2"]);
  });
});

describe("MultiDict keys as properties (Python's d[key])", () => {
  test("a present key gives its first value; a missing one is a BadRequestKeyError", () => {
    const d = new MultiDict([
      ["tag", "a"],
      ["tag", "b"],
      ["x-y", "1"],
    ]) as MultiDict & ItemAccess<string>;
    expect(d.tag).toBe("a");
    expect(d.tag).toBe("a");
    expect(d["x-y"]).toBe("1");
    expect(() => d.nope).toThrow(BadRequestKeyError);
    expect(() => d.nope).toThrow(KeyError);
    try {
      d.nope;
    } catch (e) {
      expect((e as BadRequestKeyError).key).toBe("nope");
      expect((e as BadRequestKeyError).args).toEqual(["nope"]);
    }
  });

  test("methods, getters, symbols, JSON, spreading and promises keep working", async () => {
    const d = new MultiDict([
      ["a", "1"],
      ["a", "2"],
      ["b", "3"],
    ]);
    expect(d.get("a")).toBe("1");
    expect(d.getList("a")).toEqual(["1", "2"]);
    expect(d.has("b")).toBe(true);
    expect(d.keys()).toEqual(["a", "b"]);
    expect(d.entries()).toEqual([
      ["a", "1"],
      ["b", "3"],
    ]);
    expect(d.size).toBe(2);
    expect([...d]).toEqual(["a", "b"]);
    expect(JSON.stringify(d)).toBe('{"a":"1","b":"3"}');
    expect(Object.keys(d)).toEqual(["a", "b"]);
    expect({ ...d }).toEqual({ a: "1", b: "3" });
    expect(await Promise.resolve(d)).toBe(d);
    expect(d).toBeInstanceOf(MultiDict);
    expect(String(d)).toBe("[object Object]");
  });

  test("`in` tells presence; writing and deleting act as Python's d[k] = v and del d[k]", () => {
    const d = new MultiDict([["a", "1"]]) as MultiDict & { [key: string]: string };
    expect("a" in d).toBe(true);
    expect("b" in d).toBe(false);
    d.b = "2";
    expect(d.getList("b")).toEqual(["2"]);
    delete d.a;
    expect(d.has("a")).toBe(false);
    expect(() => {
      delete d.zz;
    }).toThrow(KeyError);
  });

  test("an ImmutableMultiDict refuses writes through properties too", () => {
    const d = new ImmutableMultiDict([["a", "1"]]) as ImmutableMultiDict & {
      [key: string]: string;
    };
    expect(d.a).toBe("1");
    expect(() => {
      d.a = "2";
    }).toThrow("'ImmutableMultiDict' objects are immutable");
    expect(() => {
      delete d.a;
    }).toThrow("'ImmutableMultiDict' objects are immutable");
  });

  test("request.form, args, files, values and cookies read keys; a missing one answers 400", async () => {
    const a = new Flask("item_access");
    a.route("/", { methods: ["POST"] }, function index() {
      return jsonify({
        name: request.form.name,
        q: request.args.q,
        v: request.values.q,
        theme: request.cookies.theme,
        has: ["name" in request.form, "nope" in request.form],
      });
    });
    const c = a.testClient();
    c.setCookie("theme", "dark");
    const ok = await c.post("/?q=1", { data: { name: "ada" } });
    expect(ok.json).toEqual({ name: "ada", q: "1", v: "1", theme: "dark", has: [true, false] });
    const missing = await c.post("/?q=1", { data: { other: "x" } });
    expect(missing.statusCode).toBe(400);
    expect(missing.text).toContain(
      "The browser (or proxy) sent a request that this server could not understand.",
    );
  });
});
