import { describe, expect, test } from "vitest";
import {
  Blueprint,
  Flask,
  flash,
  g,
  renderTemplate,
  renderTemplateString,
  TemplateNotFound,
} from "flask";
import type { FileSource } from "flask/runtime";

function source(map: Record<string, string>): FileSource {
  return { readText: (p) => map[p] ?? null };
}

describe("renderTemplate and renderTemplateString", () => {
  test("templates see request, session, g, config, url_for and passed values", async () => {
    const files = source({
      "templates/page.html":
        "{{ title }}|{{ request.path }}|{{ request.args.get('q') }}|{{ g.user }}|{{ config.SESSION_COOKIE_NAME }}|{{ url_for('page', q='x y') }}|{{ session.get('n', 0) }}",
    });
    const app = new Flask("render", { files });
    app.secretKey = "k";
    app.get("/page", function page() {
      g.user = "ana";
      return renderTemplate("page.html", { title: "<Hi>" });
    });
    const res = await app.request("/page?q=1");
    expect(await res.text()).toBe("&lt;Hi&gt;|/page|1|ana|session|/page?q=x+y|0");
  });

  test("imported macros see request, session and g as globals, not the page's values", async () => {
    // Expected output from Flask 2.2: its create_jinja_environment puts the proxies in globals.
    const files = source({
      "templates/macros.html":
        "{% macro here() %}{{ request.path }}|{{ session.get('n', 0) }}|{{ g.user }}|{{ title }}|{{ url_for('page') }}{% endmacro %}",
      "templates/page.html": '{% from "macros.html" import here %}{{ here() }}',
    });
    const app = new Flask("render-macros", { files });
    app.secretKey = "k";
    app.get("/page", function page() {
      g.user = "ana";
      return renderTemplate("page.html", { title: "not seen" });
    });
    expect(await (await app.request("/page")).text()).toBe("/page|0|ana||/page");
  });

  test("context processors add values; explicit values win", async () => {
    const app = new Flask("ctxproc");
    app.contextProcessor(function site() {
      return { site: "Kolba", title: "from processor" };
    });
    app.get("/", function index() {
      return renderTemplateString("{{ site }} {{ title }}", { title: "explicit" });
    });
    expect(await (await app.request("/")).text()).toBe("Kolba explicit");
  });

  test("filters, globals and tests registered on the app", async () => {
    const app = new Flask("filters");
    app.templateFilter(function reverse(s: string) {
      return [...s].reverse().join("");
    });
    app.templateGlobal("double", (n: number) => n * 2);
    app.templateTest(function even(n: number) {
      return n % 2 === 0;
    });
    app.get("/", function index() {
      return renderTemplateString("{{ 'abc'|reverse }} {{ double(4) }} {{ 4 is even }}");
    });
    expect(await (await app.request("/")).text()).toBe("cba 8 True");
  });

  test("get_flashed_messages in templates, with keyword arguments", async () => {
    const app = new Flask("flash");
    app.secretKey = "k";
    app.testing = true;
    app.post("/", function add() {
      flash("hello");
      flash("bad", "error");
      return "ok";
    });
    app.get("/", function show() {
      return renderTemplateString(
        "{% for c, m in get_flashed_messages(with_categories=true) %}[{{ c }}:{{ m }}]{% endfor %}{{ get_flashed_messages(category_filter=['error']) }}",
      );
    });
    const c = app.testClient();
    await c.post("/");
    expect((await c.get("/")).text).toBe("[message:hello][error:bad][&#39;bad&#39;]");
  });

  test("blueprint template folders are searched after the app's", async () => {
    const files = source({
      "templates/shared.html": "app version",
      "admin/templates/shared.html": "admin version",
      "admin/templates/only-admin.html": "admin only",
    });
    const app = new Flask("bp_templates", { files });
    const admin = new Blueprint("admin", "admin", { templateFolder: "admin/templates" });
    admin.get("/a", function a() {
      return `${renderTemplate("shared.html")} / ${renderTemplate("only-admin.html")}`;
    });
    app.registerBlueprint(admin);
    expect(await (await app.request("/a")).text()).toBe("app version / admin only");
  });

  test("a missing template raises TemplateNotFound", async () => {
    const app = new Flask("missing");
    app.testing = true;
    app.get("/", function index() {
      return renderTemplate("nope.html");
    });
    await expect(app.testClient().get("/")).rejects.toBeInstanceOf(TemplateNotFound);
  });

  test("rendering outside an app context is refused", () => {
    expect(() => renderTemplateString("x")).toThrow("Working outside of application context.");
  });
});
