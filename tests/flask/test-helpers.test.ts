import { describe, expect, test } from "vitest";
import {
  afterThisRequest,
  BuildError,
  Flask,
  flash,
  getFlashedMessages,
  type Response,
  redirect,
  sendFile,
  sendFromDirectory,
  streamWithContext,
  request,
  urlFor,
} from "flask";

function app(): Flask {
  const a = new Flask("helpers");
  a.testing = true;
  a.secretKey = "k";
  a.route("/user/<int:id>", function user() {
    return "";
  });
  return a;
}

describe("urlFor", () => {
  test("unknown values become the query string; _anchor, _external, _scheme, static", async () => {
    const a = app();
    await a.testRequestContext().run(() => {
      expect(urlFor("user", { id: 3, tab: "x y", n: [1, 2] })).toBe("/user/3?tab=x+y&n=1&n=2");
      expect(urlFor("user", { id: 3, _anchor: "a b" })).toBe("/user/3#a%20b");
      expect(urlFor("user", { id: 3, _external: true })).toBe("http://localhost/user/3");
      expect(urlFor("user", { id: 3, _scheme: "https", _external: true })).toBe(
        "https://localhost/user/3",
      );
      expect(urlFor("static", { filename: "a b.css" })).toBe("/static/a%20b.css");
      expect(urlFor("user", { id: 3, _method: "GET" })).toBe("/user/3");
    });
  });

  test("Werkzeug's BuildError messages and the _scheme rule", async () => {
    const a = app();
    a.route("/", function index() {
      return "";
    });
    await a.testRequestContext().run(() => {
      expect(() => urlFor("nope", { x: 1 })).toThrow(
        "Could not build url for endpoint 'nope' with values ['x']. Did you mean 'index' instead?",
      );
      expect(() => urlFor("user")).toThrow(
        "Could not build url for endpoint 'user'. Did you forget to specify values ['id']?",
      );
      expect(() => urlFor("user", { id: 1, _method: "POST" })).toThrow(BuildError);
      expect(() => urlFor("user", { id: 1, _scheme: "https", _external: false })).toThrow(
        "When specifying '_scheme', '_external' must be true.",
      );
    });
  });

  test("url build error handlers can supply a URL", async () => {
    const a = app();
    a.urlBuildErrorHandlers.push((_error, endpoint) =>
      endpoint === "external" ? "https://example.com/" : null,
    );
    await a.testRequestContext().run(() => {
      expect(urlFor("external")).toBe("https://example.com/");
      expect(() => urlFor("other")).toThrow(BuildError);
    });
  });
});

describe("flashing", () => {
  test("messages survive to the next request and are read once", async () => {
    const a = app();
    a.post("/save", function save() {
      flash("Saved!");
      flash("Careful", "warning");
      return redirect("/show");
    });
    a.get("/show", function show() {
      const all = getFlashedMessages({ withCategories: true });
      const again = getFlashedMessages();
      return JSON.stringify({ all, again });
    });
    a.get("/filtered", function filtered() {
      return JSON.stringify(getFlashedMessages({ categoryFilter: ["warning"] }));
    });
    const c = a.testClient();
    await c.post("/save");
    const shown = await c.get("/show");
    expect(JSON.parse(shown.text)).toEqual({
      all: [
        ["message", "Saved!"],
        ["warning", "Careful"],
      ],
      again: ["Saved!", "Careful"],
    });
    expect(JSON.parse((await c.get("/show")).text)).toEqual({ all: [], again: [] });
    await c.post("/save");
    expect(JSON.parse((await c.get("/filtered")).text)).toEqual(["Careful"]);
  });

  test("followRedirects shows the flashed message on the target page", async () => {
    const a = app();
    a.post("/login", function login() {
      flash("Welcome");
      return redirect(urlFor("home"));
    });
    a.get("/home", function home() {
      return getFlashedMessages().join(",") || "none";
    });
    const res = await a.testClient().post("/login", { followRedirects: true });
    expect(res.text).toBe("Welcome");
    expect(res.history.map((r) => r.statusCode)).toEqual([302]);
    expect(res.request.path).toBe("/home");
  });
});

describe("responses and files", () => {
  test("afterThisRequest changes only the current response", async () => {
    const a = app();
    a.get("/once", function once() {
      afterThisRequest((res: Response) => {
        res.headers.set("X-Once", "1");
        return res;
      });
      return "x";
    });
    a.get("/plain", function plain() {
      return "y";
    });
    const c = a.testClient();
    expect((await c.get("/once")).headers.get("X-Once")).toBe("1");
    expect((await c.get("/plain")).headers.get("X-Once")).toBeUndefined();
  });

  test("setCookie and deleteCookie write Werkzeug's headers", async () => {
    const a = app();
    a.get("/set", function set() {
      const res = a.makeResponse("set");
      res.setCookie("theme", "dark", { maxAge: 60, httpOnly: true, sameSite: "Lax" });
      res.setCookie("plain", "1");
      return res;
    });
    a.get("/delete", function del() {
      const res = a.makeResponse("gone");
      res.deleteCookie("theme");
      return res;
    });
    const c = a.testClient();
    const set = await c.get("/set");
    const cookies = set.headers.getAll("Set-Cookie");
    expect(cookies[0]).toMatch(
      /^theme=dark; Expires=[^;]+ GMT; Max-Age=60; HttpOnly; Path=\/; SameSite=Lax$/,
    );
    expect(cookies[1]).toBe("plain=1; Path=/");
    expect(c.getCookie("theme")?.value).toBe("dark");
    const del = await c.get("/delete");
    expect(del.headers.get("Set-Cookie")).toBe(
      "theme=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/",
    );
    expect(c.getCookie("theme")).toBeUndefined();
    expect(c.getCookie("plain")?.value).toBe("1");
  });

  test("sendFile and sendFromDirectory read the app's files", async () => {
    const files = {
      readText: (p: string) =>
        (({ "docs/a.txt": "A", "report.csv": "x,y" }) as Record<string, string>)[p] ?? null,
    };
    const a = new Flask("files", { files });
    a.get("/report", function report() {
      return sendFile("report.csv", { asAttachment: true });
    });
    a.get("/docs/<path:name>", function docs({ name }) {
      return sendFromDirectory("docs", name);
    });
    const c = a.testClient();
    const r = await c.get("/report");
    expect([r.text, r.headers.get("Content-Type"), r.headers.get("Content-Disposition")]).toEqual([
      "x,y",
      "text/csv; charset=utf-8",
      "attachment; filename=report.csv",
    ]);
    expect((await c.get("/docs/a.txt")).text).toBe("A");
    expect((await c.get("/docs/../report.csv")).statusCode).toBe(404);
    expect((await c.get("/docs/%2E%2E/report.csv")).statusCode).toBe(404);
    expect((await c.get("/docs/missing.txt")).statusCode).toBe(404);
  });

  test("streamWithContext keeps request usable while streaming", async () => {
    const a = app();
    a.get("/stream", function stream() {
      return streamWithContext(
        (function* () {
          yield "Hello ";
          yield String(request.args.get("name"));
        })(),
      );
    });
    const res = await a.request("/stream?name=ana");
    expect(await res.text()).toBe("Hello ana");
  });
});
