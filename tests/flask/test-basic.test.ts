import { inflateSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import {
  abort,
  AssertionError,
  BadRequest,
  BadRequestKeyError,
  Flask,
  flash,
  g,
  getFlashedMessages,
  Headers,
  jsonify,
  KeyError,
  makeResponse,
  type MethodNotAllowed,
  type NotFound,
  redirect,
  request,
  Response,
  RuntimeError,
  session,
  urlFor,
} from "flask";

function makeApp(): Flask {
  const app = new Flask("test_basic");
  app.testing = true;
  return app;
}

describe("routing and methods", () => {
  test("a view answers with its text", async () => {
    const app = makeApp();
    app.route("/", function index() {
      return "Hello World";
    });
    const res = await app.request("/");
    expect(res.status).toBe(200);
    expect(res.statusText).toBe("OK");
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await res.text()).toBe("Hello World");
  });

  test("URL values arrive as one object and converters apply", async () => {
    const app = makeApp();
    app.route("/user/<int:id>/<name>", function profile({ id, name }) {
      return `${typeof id} ${id} ${name}`;
    });
    expect(await (await app.request("/user/42/ana")).text()).toBe("number 42 ana");
    expect((await app.request("/user/x/ana")).status).toBe(404);
  });

  test("methods: 405 with Allow, HEAD implied by GET, automatic OPTIONS", async () => {
    const app = makeApp();
    app.route("/", { methods: ["GET", "POST"] }, function index() {
      return request.method;
    });
    app.route("/more", { methods: ["PUT"] }, function more() {
      return "put";
    });
    const c = app.testClient();
    expect((await c.get("/")).text).toBe("GET");
    expect((await c.post("/")).text).toBe("POST");
    const head = await c.head("/");
    expect(head.statusCode).toBe(200);
    expect(head.text).toBe("");
    const opts = await c.options("/");
    expect(new Set(opts.headers.get("Allow")?.split(", "))).toEqual(
      new Set(["GET", "HEAD", "POST", "OPTIONS"]),
    );
    expect(opts.text).toBe("");
    const put = await c.put("/");
    expect(put.status).toBe("405 METHOD NOT ALLOWED");
    expect(new Set(put.headers.get("Allow")?.split(", "))).toEqual(
      new Set(["GET", "HEAD", "POST", "OPTIONS"]),
    );
    expect((await c.get("/more")).statusCode).toBe(405);
  });

  test("app.get/post/put/delete/patch register one method each", async () => {
    const app = makeApp();
    expect(() =>
      app.get("/y", { methods: ["POST"] }, function y() {
        return "";
      }),
    ).toThrow("Use 'route' to pass the 'methods' option.");
    app.get("/x", function getX() {
      return "get";
    });
    app.post("/x", function postX() {
      return "post";
    });
    app.put("/x", function putX() {
      return "put";
    });
    app.delete("/x", function deleteX() {
      return "delete";
    });
    app.patch("/x", function patchX() {
      return "patch";
    });
    const c = app.testClient();
    for (const m of ["get", "post", "put", "delete", "patch"] as const) {
      expect((await c[m]("/x")).text).toBe(m);
    }
  });

  test("a string for methods is refused with Flask's message", () => {
    const app = makeApp();
    expect(() =>
      app.route("/", { methods: "POST" as unknown as string[] }, function index() {
        return "";
      }),
    ).toThrow(
      'Allowed methods must be an array of strings, for example: app.route(rule, { methods: ["POST"] }, view)',
    );
  });

  test("endpoint: the function name, or given; anonymous views need one", async () => {
    const app = makeApp();
    app.route("/a", function alpha() {
      return "a";
    });
    app.route("/b", { endpoint: "beta" }, () => "b");
    expect([...app.viewFunctions.keys()]).toEqual(["static", "alpha", "beta"]);
    expect(() => app.route("/c", () => "c")).toThrow(/has no name/);
  });

  test("overwriting an endpoint with another function is an AssertionError", () => {
    const app = makeApp();
    app.route("/a", function index() {
      return "a";
    });
    let error: unknown;
    try {
      app.route("/b", function index() {
        return "b";
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AssertionError);
    expect((error as Error).message).toBe(
      "View function mapping is overwriting an existing endpoint function: index",
    );
  });

  test("addUrlRule and endpoint()", async () => {
    const app = makeApp();
    app.addUrlRule("/", "index");
    app.endpoint("index", function index() {
      return "via endpoint";
    });
    app.addUrlRule("/two", null, function two() {
      return "two";
    });
    expect(await (await app.request("/")).text()).toBe("via endpoint");
    expect(await (await app.request("/two")).text()).toBe("two");
  });

  test("strict slashes redirect with 308", async () => {
    const app = makeApp();
    app.route("/docs/", function docs() {
      return "docs";
    });
    const res = await app.request("/docs");
    expect(res.status).toBe(308);
    expect(res.headers.get("location")).toBe("http://localhost/docs/");
  });

  test("setup after the first request is refused", async () => {
    const app = makeApp();
    app.route("/", function index() {
      return "x";
    });
    await app.request("/");
    expect(() =>
      app.route("/late", function late() {
        return "";
      }),
    ).toThrow(
      "The setup method 'route' can no longer be called on the application. It has already handled its first request, any changes will not be applied consistently.\nMake sure all imports, decorators, functions, etc. needed to set up the application are done before running it.",
    );
  });

  test("beforeFirstRequest is not offered (removed in Flask 2.3)", () => {
    const app = makeApp();
    expect(() => app.beforeFirstRequest(() => undefined)).toThrow(
      /beforeFirstRequest is not offered: Flask removed before_first_request in 2.3/,
    );
  });
});

describe("return values", () => {
  test("tuples: [body, status], [body, status, headers], [body, headers]", async () => {
    const app = makeApp();
    app.route("/a", function a() {
      return ["created", 201];
    });
    app.route("/b", function b() {
      return ["teapot", 418, { "X-Tea": "yes" }];
    });
    app.route("/c", function c() {
      return ["with headers", { "X-A": "1" }];
    });
    app.route("/d", function d() {
      return ["custom", "201 WHATEVER"];
    });
    const c = app.testClient();
    const a = await c.get("/a");
    expect([a.status, a.text]).toEqual(["201 CREATED", "created"]);
    const b = await c.get("/b");
    expect(b.status).toBe("418 I'M A TEAPOT");
    expect(b.headers.get("X-Tea")).toBe("yes");
    const cc = await c.get("/c");
    // Headers given with the body come first, as Werkzeug builds the response with them.
    expect(cc.headers.toList()).toEqual([
      ["X-A", "1"],
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "12"],
    ]);
    expect((await c.get("/d")).status).toBe("201 WHATEVER");
  });

  test("objects and arrays become JSON; arrays that aren't tuples stay lists", async () => {
    const app = makeApp();
    app.route("/obj", function obj() {
      return { b: 1, a: [1, 2] };
    });
    app.route("/list", function list() {
      return [{ id: 1 }, { id: 2 }];
    });
    app.route("/pair", function pair() {
      return [1, "a"];
    });
    app.route("/status", function status() {
      return [{ error: "nope" }, 400];
    });
    app.route("/list-headers", function listHeaders() {
      return [["a", "b"], { "X-Total": "2" }];
    });
    app.route("/records", function records() {
      return [{ name: "a" }, { name: "b" }];
    });
    const c = app.testClient();
    const obj = await c.get("/obj");
    expect(obj.text).toBe('{"a":[1,2],"b":1}\n');
    expect(obj.headers.get("Content-Type")).toBe("application/json");
    expect((await c.get("/list")).text).toBe('[{"id":1},{"id":2}]\n');
    expect((await c.get("/pair")).text).toBe('[1,"a"]\n');
    const st = await c.get("/status");
    expect([st.statusCode, st.json]).toEqual([400, { error: "nope" }]);
    const withHeaders = await c.get("/list-headers");
    expect([withHeaders.json, withHeaders.headers.get("X-Total")]).toEqual([["a", "b"], "2"]);
    expect((await c.get("/records")).json).toEqual([{ name: "a" }, { name: "b" }]);
  });

  test("undefined and bad types raise Flask's TypeErrors", async () => {
    const app = makeApp();
    app.route("/none", function none() {
      return undefined;
    });
    app.route("/int", function int() {
      return 42;
    });
    const c = app.testClient();
    await expect(c.get("/none")).rejects.toThrow(
      "The view function for 'none' did not return a valid response. The function either returned undefined or null, or ended without a return statement.",
    );
    await expect(c.get("/int")).rejects.toThrow(
      "The view function did not return a valid response. The return type must be a string, object, array, tuple with headers or status, Response instance, or iterable, but it was a number.",
    );
  });

  test("async views and streamed bodies", async () => {
    const app = makeApp();
    app.route("/async", async function later() {
      await new Promise((r) => setTimeout(r, 1));
      return "later";
    });
    app.route("/stream", function stream() {
      return (async function* () {
        yield "a";
        yield new TextEncoder().encode("b");
        yield "c";
      })();
    });
    expect(await (await app.request("/async")).text()).toBe("later");
    const res = await app.request("/stream");
    expect(res.headers.get("content-length")).toBeNull();
    expect(await res.text()).toBe("abc");
  });

  test("a Response object passes through; makeResponse takes every form", async () => {
    const app = makeApp();
    app.route("/resp", function resp() {
      return new Response("plain", { status: 202, mimetype: "text/plain" });
    });
    app.route("/make", function make() {
      const r = makeResponse("body", 201, { "X-Made": "1" });
      r.headers.set("X-Extra", "2");
      return r;
    });
    app.route("/empty", function empty() {
      const r = makeResponse();
      return r;
    });
    const c = app.testClient();
    const r = await c.get("/resp");
    expect([r.status, r.headers.get("Content-Type"), r.text]).toEqual([
      "202 ACCEPTED",
      "text/plain; charset=utf-8",
      "plain",
    ]);
    const m = await c.get("/make");
    expect([m.statusCode, m.headers.get("X-Made"), m.headers.get("X-Extra"), m.text]).toEqual([
      201,
      "1",
      "2",
      "body",
    ]);
    const e = await c.get("/empty");
    expect([e.statusCode, e.text]).toEqual([200, ""]);
  });

  test("redirect builds Werkzeug's body and Location", async () => {
    const app = makeApp();
    app.route("/", function index() {
      return redirect("/a?x=1&y=<2>");
    });
    app.route("/moved", function moved() {
      return redirect("/ą b", 301);
    });
    const c = app.testClient();
    const r = await c.get("/");
    expect(r.status).toBe("302 FOUND");
    expect(r.headers.get("Location")).toBe("/a?x=1&y=<2>");
    expect(r.text).toBe(
      '<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n<p>You should be redirected automatically to the target URL: <a href="/a?x=1&amp;y=&lt;2&gt;">/a?x=1&amp;y=&lt;2&gt;</a>. If not, click the link.\n',
    );
    const m = await c.get("/moved");
    expect(m.statusCode).toBe(301);
    expect(m.headers.get("Location")).toBe("/%C4%85%20b");
    expect(m.text).toContain('<a href="/%C4%85%20b">/ą b</a>');
  });
});

describe("hooks", () => {
  test("before/after/teardown order, blueprints aside", async () => {
    const app = makeApp();
    const calls: string[] = [];
    app.beforeRequest(function b1() {
      calls.push("before1");
    });
    app.beforeRequest(function b2() {
      calls.push("before2");
    });
    app.afterRequest(function a1(res: Response) {
      calls.push("after1");
      return res;
    });
    app.afterRequest(function a2(res: Response) {
      calls.push("after2");
      res.headers.set("X-After", "yes");
      return res;
    });
    app.teardownRequest(function t1(error) {
      calls.push(`teardown1 ${error}`);
    });
    app.teardownAppcontext(function t2(error) {
      calls.push(`teardown-app ${error}`);
    });
    app.route("/", function index() {
      calls.push("view");
      return "x";
    });
    const res = await app.request("/");
    expect(res.headers.get("x-after")).toBe("yes");
    expect(calls).toEqual([
      "before1",
      "before2",
      "view",
      "after2",
      "after1",
      "teardown1 null",
      "teardown-app null",
    ]);
  });

  test("a value returned from beforeRequest ends the request", async () => {
    const app = makeApp();
    let viewCalled = false;
    app.beforeRequest(function stop() {
      if (request.args.get("stop")) return ["stopped", 403];
    });
    app.route("/", function index() {
      viewCalled = true;
      return "view";
    });
    const res = await app.request("/?stop=1");
    expect([res.status, await res.text(), viewCalled]).toEqual([403, "stopped", false]);
  });

  test("teardown sees the unhandled error; after-request runs on the 500 page", async () => {
    const app = makeApp();
    app.testing = false;
    let seen: unknown = "unset";
    let after = false;
    app.afterRequest(function a(res: Response) {
      after = true;
      return res;
    });
    app.teardownRequest(function t(error) {
      seen = error;
    });
    app.route("/", function index() {
      throw new Error("boom");
    });
    const original = console.error;
    console.error = () => undefined;
    try {
      const res = await app.request("/");
      expect(res.status).toBe(500);
    } finally {
      console.error = original;
    }
    expect((seen as Error).message).toBe("boom");
    expect(after).toBe(true);
  });

  test("url value preprocessors and url defaults", async () => {
    const app = makeApp();
    app.urlDefaults(function addLang(_endpoint, values) {
      if (values.lang === undefined && g.get("lang")) values.lang = g.lang;
    });
    app.urlValuePreprocessor(function pullLang(_endpoint, values) {
      g.lang = values?.lang;
      if (values) delete values.lang;
    });
    app.route("/<lang>/about", function about(values) {
      return `${JSON.stringify(values)} ${g.lang} ${urlFor("about")}`;
    });
    expect(await (await app.request("/lt/about")).text()).toBe("{} lt /lt/about");
  });
});

describe("errors", () => {
  test("abort and error handlers by code", async () => {
    const app = makeApp();
    app.errorHandler(404, function notFound(e: NotFound) {
      return [`custom ${e.code}`, 404];
    });
    app.route("/", function index() {
      abort(404);
    });
    const c = app.testClient();
    expect((await c.get("/")).text).toBe("custom 404");
    expect((await c.get("/missing")).text).toBe("custom 404");
  });

  test("unhandled errors: testing rethrows; otherwise Werkzeug's 500 page", async () => {
    const app = makeApp();
    app.route("/", function index() {
      throw new Error("boom");
    });
    await expect(app.testClient().get("/")).rejects.toThrow("boom");
    app.testing = false;
    const logged: string[] = [];
    const original = console.error;
    console.error = (msg: string) => logged.push(msg);
    try {
      const res = await app.request("/");
      expect(res.status).toBe(500);
      expect(await res.text()).toBe(
        "<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n<h1>Internal Server Error</h1>\n<p>The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.</p>\n",
      );
    } finally {
      console.error = original;
    }
    expect(logged[0]).toMatch(/ERROR in app: Exception on \/ \[GET\]/);
  });

  test("PROPAGATE_EXCEPTIONS rethrows even when not testing", async () => {
    const app = new Flask("p");
    app.config.PROPAGATE_EXCEPTIONS = true;
    app.route("/", function index() {
      throw new RangeError("out");
    });
    await expect(app.request("/")).rejects.toThrow("out");
  });

  test("the 500 handler gets InternalServerError with originalError", async () => {
    const app = new Flask("h");
    app.errorHandler(500, function serverError(e) {
      return [`handled ${e.code} ${e.originalError.message}`, 500];
    });
    app.route("/", function index() {
      throw new Error("inner");
    });
    const original = console.error;
    console.error = () => undefined;
    try {
      const res = await app.request("/");
      expect(await res.text()).toBe("handled 500 inner");
    } finally {
      console.error = original;
    }
  });

  test("405 handler sees validMethods", async () => {
    const app = makeApp();
    app.errorHandler(405, function notAllowed(e: MethodNotAllowed) {
      return jsonify({ allowed: [...(e.validMethods ?? [])].sort() });
    });
    app.route("/", function index() {
      return "x";
    });
    const res = await app.testClient().post("/");
    expect(res.json).toEqual({ allowed: ["GET", "HEAD", "OPTIONS"] });
  });

  test("debug mode answers with the debug page", async () => {
    const app = new Flask("dbg");
    app.debug = true;
    app.route("/", function index() {
      throw new TypeError("bad thing");
    });
    const res = await app.request("/");
    expect(res.status).toBe(500);
    const html = await res.text();
    expect(html).toContain("TypeError: bad thing // Werkzeug Debugger");
    expect(html).toContain('in <code class="function">index</code>');
  });
});

describe("sessions through the app", () => {
  test("session values persist in the signed cookie", async () => {
    const app = makeApp();
    app.secretKey = "dev";
    app.route("/set", function set() {
      session.user = "ana";
      return "ok";
    });
    app.route("/get", function get() {
      return String(session.get("user") ?? "none");
    });
    const c = app.testClient();
    const set = await c.get("/set");
    const cookie = set.headers.get("Set-Cookie") ?? "";
    expect(cookie).toMatch(/^session=[^;]+; HttpOnly; Path=\/$/);
    expect(set.headers.get("Vary")).toBe("Cookie");
    expect((await c.get("/get")).text).toBe("ana");
    expect((await app.testClient().get("/get")).text).toBe("none");
  });

  test("without a secret key, writing the session fails with Flask's message", async () => {
    const app = makeApp();
    app.route("/", function index() {
      session.x = 1;
      return "";
    });
    await expect(app.testClient().get("/")).rejects.toThrow(
      "The session is unavailable because no secret key was set.  Set the secret_key on the application to something unique and secret.",
    );
  });

  test("a write to the null session raises the exported RuntimeError, as Flask's test_missing_session", async () => {
    const app = makeApp();
    const caught: unknown[] = [];
    app.route("/", function index() {
      for (const write of [() => (session.foo = 42), () => session.pop("foo")]) {
        try {
          write();
        } catch (error) {
          caught.push(error);
        }
      }
      return "";
    });
    await app.testClient().get("/");
    expect(caught).toHaveLength(2);
    for (const error of caught) {
      expect(error).toBeInstanceOf(RuntimeError);
      expect((error as Error).name).toBe("RuntimeError");
    }
  });

  test("session.pop of a missing key raises the exported KeyError", async () => {
    const app = makeApp();
    app.secretKey = "dev";
    let caught: unknown;
    app.route("/", function index() {
      try {
        session.pop("missing");
      } catch (error) {
        caught = error;
      }
      return String(session.pop("missing", "default"));
    });
    expect((await app.testClient().get("/")).text).toBe("default");
    expect(caught).toBeInstanceOf(KeyError);
    expect((caught as Error).name).toBe("KeyError");
    expect((caught as Error).message).toBe("'missing'");
  });
});

describe('missing keys: request.form["key"]', () => {
  // Flask's test_basic.py test_trapping_of_bad_request_key_errors.
  test("400 without the key; debug and TRAP_BAD_REQUEST_ERRORS raise it, with the key shown", async () => {
    const app = makeApp();
    app.route("/key", function fail() {
      return request.form.missing_key;
    });
    app.route("/abort", function allowAbort() {
      abort(400);
    });
    const c = app.testClient();
    const rv = await c.get("/key");
    expect(rv.statusCode).toBe(400);
    expect(rv.text).not.toContain("missing_key");
    expect((await c.get("/abort")).statusCode).toBe(400);

    app.debug = true;
    const error = await c.get("/key").then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(KeyError);
    expect(error).toBeInstanceOf(BadRequest);
    expect((error as BadRequestKeyError).getDescription()).toContain("missing_key");
    expect((await c.get("/abort")).statusCode).toBe(400);

    app.debug = false;
    app.config.TRAP_BAD_REQUEST_ERRORS = true;
    await expect(c.get("/key")).rejects.toBeInstanceOf(KeyError);
    await expect(c.get("/abort")).rejects.toBeInstanceOf(BadRequest);
  });

  test("errorHandler(KeyError) catches a missing form key, as Python's MRO puts KeyError there", async () => {
    const app = makeApp();
    app.errorHandler(KeyError, function missing(e: KeyError) {
      return [`no ${String(e.key)}`, 400];
    });
    app.route("/", function index() {
      return request.args.q;
    });
    expect((await app.testClient().get("/")).text).toBe("no q");
  });

  test('request.headers["X"]: a plain KeyError named as WSGI names it; _ and - are one', async () => {
    const app = makeApp();
    app.route("/", function index() {
      return `${request.headers["X-Token"]} ${request.headers.x_token} ${request.headers.get("x_token")}`;
    });
    const c = app.testClient();
    expect((await c.get("/", { headers: { "X-Token": "t" } })).text).toBe("t t t");
    const error = await c.get("/").then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(KeyError);
    expect(error).not.toBeInstanceOf(BadRequest);
    expect((error as Error).message).toBe("'HTTP_X_TOKEN'");
  });

  test('response headers: resp.headers["X"] = v sets, reads, deletes; missing is a BadRequestKeyError', () => {
    const resp = new Response("x");
    resp.headers["X-Frame-Options"] = "DENY";
    expect(resp.headers.get("x-frame-options")).toBe("DENY");
    expect(resp.headers["x-frame-options"]).toBe("DENY");
    expect("X-Frame-Options" in resp.headers).toBe(true);
    delete resp.headers["X-Frame-Options"];
    expect(resp.headers.has("X-Frame-Options")).toBe(false);
    expect(() => resp.headers["X-Missing"]).toThrow(BadRequestKeyError);
  });
});

describe("flashes in the session cookie", () => {
  test("a cookie real Flask 2.2 wrote with flashes loads, and getFlashedMessages returns them", async () => {
    // Written by Flask 2.2's test client (secret "kolba-flash-secret", timestamp 1700000000) for
    // flash("Profile saved", "success"); flash("Password too short", "error"); flash("Plain").
    const cookie =
      ".eJxNzDEKgDAQRNGrhK1zAk9hL0EW3WggurATtRDvblIIVlP8x9w0xsxYBdQNN7lSh3BMkwDkqTeNKYsDnzJTePxHxEytAQYutdkVVYdVrfzVVl94keYyp72m8LySDSZD.ZVPxAA.hnWd74eZgJ82Rfp8vZ3llsTlcpY";
    const app = makeApp();
    app.secretKey = "kolba-flash-secret";
    // The signature's age is checked against the permanent lifetime, as Flask does.
    app.permanentSessionLifetime = 100 * 365 * 24 * 3600;
    app.route("/", function index() {
      return jsonify({
        all: getFlashedMessages({ withCategories: true }),
        errors: getFlashedMessages({ categoryFilter: ["error"] }),
      });
    });
    const res = await app.testClient().get("/", { headers: { Cookie: `session=${cookie}` } });
    expect(res.json).toEqual({
      all: [
        ["success", "Profile saved"],
        ["error", "Password too short"],
        ["message", "Plain"],
      ],
      errors: ["Password too short"],
    });
  });

  test("flash stores (category, message) tuples, written with Flask's ' t' tag", async () => {
    const app = makeApp();
    app.secretKey = "dev";
    app.route("/", function index() {
      flash("Saved", "success");
      return "";
    });
    const res = await app.testClient().get("/");
    const value = /session=([^;]+)/.exec(res.headers.get("Set-Cookie") ?? "")?.[1] ?? "";
    const payload = value.startsWith(".") ? value.slice(1) : value;
    let raw = Buffer.from(payload.split(".")[0] ?? "", "base64url");
    if (value.startsWith(".")) raw = inflateSync(raw);
    expect(raw.toString("utf8")).toBe('{"_flashes":[{" t":["success","Saved"]}]}');
  });
});

describe("headers datastructure", () => {
  test("keeps multiple Set-Cookie values in order", () => {
    const h = new Headers();
    h.add("Set-Cookie", "a=1");
    h.add("X-A", "x");
    h.add("set-cookie", "b=2");
    expect(h.getAll("Set-Cookie")).toEqual(["a=1", "b=2"]);
    h.set("X-A", "y");
    expect(h.toList()).toEqual([
      ["Set-Cookie", "a=1"],
      ["X-A", "y"],
      ["set-cookie", "b=2"],
    ]);
    expect(() => h.add("X", "a\nb")).toThrow();
  });
});
