import { describe, expect, test } from "vitest";
import { Blueprint, Flask, g, renderTemplate, request, type Response, urlFor } from "flask";

function app(): Flask {
  const a = new Flask("bp_app");
  a.testing = true;
  return a;
}

describe("blueprints", () => {
  test("routes get the prefix and dotted endpoints", async () => {
    const a = app();
    const admin = new Blueprint("admin", "admin", { urlPrefix: "/admin" });
    admin.route("/", function index() {
      return `admin ${request.endpoint} ${request.blueprint} ${urlFor(".index")} ${urlFor("admin.users")}`;
    });
    admin.get("/users", function users() {
      return "users";
    });
    a.registerBlueprint(admin);
    expect(await (await a.request("/admin/")).text()).toBe(
      "admin admin.index admin /admin/ /admin/users",
    );
    expect(await (await a.request("/admin/users")).text()).toBe("users");
  });

  test("registration options override the blueprint's prefix; one blueprint under two names", async () => {
    const a = app();
    const bp = new Blueprint("pages", "pages", { urlPrefix: "/p" });
    bp.route("/hello", function hello() {
      return `hi from ${request.blueprint}`;
    });
    a.registerBlueprint(bp, { urlPrefix: "/one" });
    a.registerBlueprint(bp, { urlPrefix: "/two", name: "pages2" });
    expect(await (await a.request("/one/hello")).text()).toBe("hi from pages");
    expect(await (await a.request("/two/hello")).text()).toBe("hi from pages2");
    expect(() => a.registerBlueprint(bp)).toThrow(
      "The name 'pages' is already registered for this blueprint. Use the 'name' option to provide a unique name.",
    );
  });

  test("names may not contain dots", () => {
    expect(() => new Blueprint("a.b", "x")).toThrow("'name' may not contain a dot '.' character.");
    const bp = new Blueprint("ok", "x");
    expect(() =>
      bp.route("/", { endpoint: "a.b" }, function f() {
        return "";
      }),
    ).toThrow("'endpoint' may not contain a dot '.' character.");
  });

  test("hooks: blueprint hooks run only for its requests, app hooks for all", async () => {
    const a = app();
    const calls: string[] = [];
    const bp = new Blueprint("bp", "bp", { urlPrefix: "/bp" });
    bp.beforeRequest(function bpBefore() {
      calls.push("bp-before");
    });
    bp.beforeAppRequest(function everyBefore() {
      calls.push("app-before-from-bp");
    });
    bp.afterRequest(function bpAfter(res: Response) {
      calls.push("bp-after");
      return res;
    });
    a.beforeRequest(function appBefore() {
      calls.push("app-before");
    });
    a.afterRequest(function appAfter(res: Response) {
      calls.push("app-after");
      return res;
    });
    bp.route("/", function bpIndex() {
      return "bp";
    });
    a.route("/", function index() {
      return "app";
    });
    a.registerBlueprint(bp);
    await a.request("/bp/");
    expect(calls).toEqual([
      "app-before",
      "app-before-from-bp",
      "bp-before",
      "bp-after",
      "app-after",
    ]);
    calls.length = 0;
    await a.request("/");
    expect(calls).toEqual(["app-before", "app-before-from-bp", "app-after"]);
  });

  test("error handlers: the blueprint's wins for its views; app's otherwise", async () => {
    const a = app();
    const bp = new Blueprint("bp", "bp", { urlPrefix: "/bp" });
    class Oops extends Error {}
    bp.errorHandler(Oops, function bpOops() {
      return "blueprint handled";
    });
    a.errorHandler(Oops, function appOops() {
      return "app handled";
    });
    bp.route("/", function bpView() {
      throw new Oops();
    });
    a.route("/", function appView() {
      throw new Oops();
    });
    a.registerBlueprint(bp);
    expect(await (await a.request("/bp/")).text()).toBe("blueprint handled");
    expect(await (await a.request("/")).text()).toBe("app handled");
  });

  test("appErrorHandler registers on the app (404s have no blueprint)", async () => {
    const a = app();
    const bp = new Blueprint("errors", "errors");
    bp.appErrorHandler(404, function notFound() {
      return ["from blueprint", 404];
    });
    a.registerBlueprint(bp);
    const res = await a.request("/missing");
    expect([res.status, await res.text()]).toEqual([404, "from blueprint"]);
  });

  test("nested blueprints join prefixes and names", async () => {
    const a = app();
    const parent = new Blueprint("parent", "parent", { urlPrefix: "/parent" });
    const child = new Blueprint("child", "child", { urlPrefix: "/child" });
    child.route("/", function index() {
      return `${request.endpoint} ${request.blueprints.join(",")} ${urlFor(".index")}`;
    });
    parent.registerBlueprint(child);
    a.registerBlueprint(parent);
    expect(await (await a.request("/parent/child/")).text()).toBe(
      "parent.child.index parent.child,parent /parent/child/",
    );
    expect(() => parent.registerBlueprint(parent)).toThrow("Cannot register a blueprint on itself");
  });

  test("url defaults and url value preprocessors on a blueprint", async () => {
    const a = app();
    const bp = new Blueprint("lang", "lang", { urlPrefix: "/<lang>" });
    bp.urlDefaults(function addLang(_endpoint, values) {
      values.lang ??= g.get("lang");
    });
    bp.urlValuePreprocessor(function pullLang(_endpoint, values) {
      g.lang = values?.lang;
      if (values) delete values.lang;
    });
    bp.route("/about", function about() {
      return `${g.lang} ${urlFor(".about")}`;
    });
    a.registerBlueprint(bp);
    expect(await (await a.request("/kk/about")).text()).toBe("kk /kk/about");
  });

  test("blueprint url defaults fill rule values", async () => {
    const a = app();
    const bp = new Blueprint("pages", "pages", { urlDefaults: { page: "index" } });
    bp.route("/page/<page>", function show({ page }) {
      return page;
    });
    bp.route("/", function home({ page }) {
      return `home ${page}`;
    });
    a.registerBlueprint(bp);
    expect(await (await a.request("/")).text()).toBe("home index");
    // As in Flask 2.2/Werkzeug: a rule default wins over the matched value of the same name.
    expect(await (await a.request("/page/x")).text()).toBe("index");
  });

  test("setup after registration is refused", () => {
    const a = app();
    const bp = new Blueprint("late", "late");
    a.registerBlueprint(bp);
    expect(() =>
      bp.route("/", function index() {
        return "";
      }),
    ).toThrow(/The setup method 'route' can no longer be called on the blueprint 'late'/);
  });

  test("a blueprint static folder gets its own static endpoint", async () => {
    const files = { readText: (p: string) => (p === "admin/static/a.txt" ? "admin file" : null) };
    const a = new Flask("static_bp", { files });
    const bp = new Blueprint("admin", "admin", {
      staticFolder: "admin/static",
      staticUrlPath: "/admin-static",
    });
    a.registerBlueprint(bp);
    const res = await a.request("/admin-static/a.txt");
    expect([res.status, await res.text()]).toEqual([200, "admin file"]);
    await a.testRequestContext().run(() => {
      expect(urlFor("admin.static", { filename: "a.txt" })).toBe("/admin-static/a.txt");
    });
  });

  test("a blueprint module in a subfolder finds its folders relative to the app", async () => {
    const map: Record<string, string> = {
      "admin/static/x.txt": "static X",
      "admin/templates/t.html": "template T",
    };
    const a = new Flask("file:///srv/cell/app.ts", { files: { readText: (p) => map[p] ?? null } });
    const bp = new Blueprint("admin", "file:///srv/cell/admin/views.ts", {
      staticFolder: "static",
      templateFolder: "templates",
      staticUrlPath: "/admin-static",
    });
    bp.get("/admin/t", function t() {
      return renderTemplate("t.html");
    });
    a.registerBlueprint(bp);
    expect(bp.rootPath).toBe("/srv/cell/admin");
    expect(await (await a.request("/admin-static/x.txt")).text()).toBe("static X");
    expect(await (await a.request("/admin/t")).text()).toBe("template T");
  });
});
