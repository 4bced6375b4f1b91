import { describe, expect, test } from "vitest";
import { Flask, jsonify, makeResponse, redirect, request, session } from "flask";

function app(): Flask {
  const a = new Flask("testing");
  a.testing = true;
  a.secretKey = "test key";
  return a;
}

describe("test client", () => {
  test("writes a json body with the app's JSON provider, as Flask's EnvironBuilder does", async () => {
    const a = app();
    a.post("/echo", function echo() {
      return request.getData({ asText: true });
    });
    const sent = { b: 1.5e-5, a: "ą" };
    // Sorted keys, `, ` and `: `, non-ASCII escaped: json.dumps(..., sort_keys=True).
    expect((await a.testClient().post("/echo", { json: sent })).text).toBe(
      '{"a": "\\u0105", "b": 1.5e-05}',
    );
    a.json.sortKeys = false;
    expect((await a.testClient().post("/echo", { json: sent })).text).toBe(
      '{"b": 1.5e-05, "a": "\\u0105"}',
    );
  });

  test("a session and the config print as Python prints their dicts", async () => {
    const a = app();
    a.get("/", function index() {
      session.user = "ana";
      session.n = [1, 0.5];
      return String(session);
    });
    expect((await a.testClient().get("/")).text).toBe(
      "<SecureCookieSession {'user': 'ana', 'n': [1, 0.5]}>",
    );
    expect(String(a.config)).toMatch(/^<Config \{'DEBUG': False, 'TESTING': True, /);
  });

  test("keeps cookies between calls and sends them back", async () => {
    const a = app();
    a.get("/set/<value>", function set({ value }) {
      const res = makeResponse(`set ${value}`);
      res.setCookie("v", value);
      return res;
    });
    a.get("/read", function read() {
      return request.cookies.get("v") ?? "none";
    });
    const c = a.testClient();
    await c.get("/set/one");
    expect((await c.get("/read")).text).toBe("one");
    await c.get("/set/two");
    expect((await c.get("/read")).text).toBe("two");
    expect((await a.testClient().get("/read")).text).toBe("none");
    expect((await a.testClient({ useCookies: false }).get("/read")).text).toBe("none");
  });

  test("cookie paths and expiry are respected", async () => {
    const a = app();
    a.get("/admin/set", function set() {
      const res = makeResponse("ok");
      res.setCookie("scoped", "1", { path: "/admin" });
      res.setCookie("short", "1", { maxAge: 0 });
      return res;
    });
    a.get("/admin/read", function adminRead() {
      return `${request.cookies.get("scoped") ?? "-"} ${request.cookies.get("short") ?? "-"}`;
    });
    a.get("/read", function read() {
      return request.cookies.get("scoped") ?? "-";
    });
    const c = a.testClient();
    await c.get("/admin/set");
    expect((await c.get("/admin/read")).text).toBe("1 -");
    expect((await c.get("/read")).text).toBe("-");
  });

  test("setCookie/deleteCookie on the client", async () => {
    const a = app();
    a.get("/", function index() {
      return request.cookies.get("k") ?? "none";
    });
    const c = a.testClient();
    c.setCookie("k", "v");
    expect((await c.get("/")).text).toBe("v");
    c.deleteCookie("k");
    expect((await c.get("/")).text).toBe("none");
  });

  test("the session lives in the client's cookie jar", async () => {
    const a = app();
    a.post("/login", function login() {
      session.user = request.form.get("user");
      return "ok";
    });
    a.get("/me", function me() {
      return String(session.get("user") ?? "anonymous");
    });
    const c = a.testClient();
    expect((await c.get("/me")).text).toBe("anonymous");
    await c.post("/login", { data: { user: "ana" } });
    expect((await c.get("/me")).text).toBe("ana");
  });

  test("sessionTransaction sets session values before a request", async () => {
    const a = app();
    a.get("/me", function me() {
      return String(session.get("user") ?? "anonymous");
    });
    const c = a.testClient();
    await c.sessionTransaction((sess) => {
      sess.user = "bob";
    });
    expect((await c.get("/me")).text).toBe("bob");
  });

  test("json, query values, headers and methods", async () => {
    const a = app();
    a.route("/echo", { methods: ["GET", "POST", "PUT", "PATCH", "DELETE"] }, function echo() {
      return jsonify({
        method: request.method,
        args: request.args.toDict(false),
        json: request.getJson({ silent: true }),
        header: request.headers.get("X-Thing") ?? null,
      });
    });
    const c = a.testClient();
    const r = await c.put("/echo", {
      json: { a: 1 },
      queryString: { q: ["1", "2"] },
      headers: { "X-Thing": "t" },
    });
    expect(r.json).toEqual({ method: "PUT", args: { q: ["1", "2"] }, json: { a: 1 }, header: "t" });
    expect((await c.delete("/echo")).json).toMatchObject({ method: "DELETE" });
    expect((await c.get("/echo", { query: { q: "z" } })).json).toMatchObject({
      args: { q: ["z"] },
    });
    expect((await c.patch("/echo", { queryString: "x=1" })).json).toMatchObject({
      method: "PATCH",
      args: { x: ["1"] },
    });
  });

  test("followRedirects: 302 turns into GET, 307 keeps the method and body", async () => {
    const a = app();
    a.post("/302", function r302() {
      return redirect("/target", 302);
    });
    a.post("/307", function r307() {
      return redirect("/target", 307);
    });
    a.route("/target", { methods: ["GET", "POST"] }, function target() {
      return `${request.method} ${request.form.get("a") ?? "-"}`;
    });
    const c = a.testClient();
    expect((await c.post("/302", { data: { a: "1" }, followRedirects: true })).text).toBe("GET -");
    const kept = await c.post("/307", { data: { a: "1" }, followRedirects: true });
    expect(kept.text).toBe("POST 1");
    expect(kept.history).toHaveLength(1);
    const notFollowed = await c.post("/302");
    expect([notFollowed.statusCode, notFollowed.history]).toEqual([302, []]);
  });

  test("errors reach the test, as with Flask's test client", async () => {
    const a = app();
    a.get("/", function index() {
      throw new Error("visible in the test");
    });
    await expect(a.testClient().get("/")).rejects.toThrow("visible in the test");
  });

  test("app.request is a socket-less fetch", async () => {
    const a = app();
    a.post("/", function index() {
      return `${request.method} ${request.getData({ asText: true })}`;
    });
    const res = await a.request("/", { method: "POST", body: "raw" });
    expect(res).toBeInstanceOf(globalThis.Response);
    expect(await res.text()).toBe("POST raw");
  });

  test("fetch gives a web Response; handle keeps every Set-Cookie", async () => {
    const a = app();
    a.get("/", function index() {
      const res = makeResponse("x");
      res.setCookie("a", "1");
      res.setCookie("b", "2");
      return res;
    });
    const web = await a.fetch(new Request("http://localhost/"));
    expect(web.headers.getSetCookie()).toEqual(["a=1; Path=/", "b=2; Path=/"]);
    const own = await a.handle(new Request("http://localhost/"));
    expect(own.headers.getAll("Set-Cookie")).toEqual(["a=1; Path=/", "b=2; Path=/"]);
  });
});
