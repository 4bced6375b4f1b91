import { describe, expect, test } from "vitest";
import { currentApp, Flask, g, hasAppContext, hasRequestContext, request, urlFor } from "flask";
import { NO_APP_MESSAGE, NO_REQUEST_MESSAGE } from "flask/runtime";

describe("app context", () => {
  test("outside any context the globals raise Flask's messages", () => {
    expect(() => currentApp.name).toThrow(NO_APP_MESSAGE);
    expect(() => g.x).toThrow("Working outside of application context.");
    expect(() => request.path).toThrow("Working outside of request context.");
    expect(NO_APP_MESSAGE).toBe(
      "Working outside of application context.\n\nThis typically means that you attempted to use functionality that needed\nthe current application. To solve this, set up an application context\nwith app.app_context(). See the documentation for more information.",
    );
    expect(NO_REQUEST_MESSAGE).toBe(
      "Working outside of request context.\n\nThis typically means that you attempted to use functionality that needed\nan active HTTP request. Consult the documentation on testing for\ninformation about how to avoid this problem.",
    );
  });

  test("run() makes currentApp and g available, then leaves", async () => {
    const app = new Flask("ctx_app");
    const name = await app.appContext().run(() => {
      g.value = 42;
      expect(g.get("value")).toBe(42);
      expect(hasAppContext()).toBe(true);
      expect(hasRequestContext()).toBe(false);
      return currentApp.name;
    });
    expect(name).toBe("ctx_app");
    expect(hasAppContext()).toBe(false);
  });

  test("push/pop leave the context at once, and nest", async () => {
    const app = new Flask("outer");
    const other = new Flask("inner");
    const ctx = app.appContext();
    ctx.push();
    expect(currentApp.name).toBe("outer");
    const inner = other.appContext();
    inner.push();
    expect(currentApp.name).toBe("inner");
    void inner.pop();
    expect(currentApp.name).toBe("outer");
    void ctx.pop();
    expect(hasAppContext()).toBe(false);
  });

  test("request is unavailable in a plain app context", async () => {
    const app = new Flask("x");
    await app.appContext().run(() => {
      expect(() => request.args).toThrow(NO_REQUEST_MESSAGE);
    });
  });

  test("teardownAppcontext runs when the context ends, with the error", async () => {
    const app = new Flask("t");
    const seen: unknown[] = [];
    app.teardownAppcontext(function cleanup(error) {
      seen.push(error);
    });
    await app.appContext().run(() => undefined);
    await expect(
      app.appContext().run(() => {
        throw new Error("inside");
      }),
    ).rejects.toThrow("inside");
    expect(seen[0]).toBeNull();
    expect((seen[1] as Error).message).toBe("inside");
  });

  test("g methods: get, pop, setdefault, in", async () => {
    const app = new Flask("g");
    await app.appContext().run(() => {
      expect(g.setdefault("a", 1)).toBe(1);
      expect(g.setdefault("a", 2)).toBe(1);
      expect("a" in g).toBe(true);
      expect(g.pop("a")).toBe(1);
      expect(g.pop("a", "gone")).toBe("gone");
      expect(() => g.pop("a")).toThrow("'a'");
      expect(g.get("missing", "d")).toBe("d");
    });
  });

  test("g is fresh for each request", async () => {
    const app = new Flask("g2");
    app.testing = true;
    app.route("/", function index() {
      const before = g.get("count", 0) as number;
      g.count = before + 1;
      return String(g.count);
    });
    expect(await (await app.request("/")).text()).toBe("1");
    expect(await (await app.request("/")).text()).toBe("1");
  });

  test("urlFor in an app context needs SERVER_NAME", async () => {
    const app = new Flask("u");
    app.route("/user/<name>", function user() {
      return "";
    });
    await app.appContext().run(() => {
      expect(() => urlFor("user", { name: "ada" })).toThrow(
        "Unable to build URLs outside an active request without 'SERVER_NAME' configured. Also configure 'APPLICATION_ROOT' and 'PREFERRED_URL_SCHEME' as needed.",
      );
    });
    app.config.SERVER_NAME = "kolba.test";
    const built = await app.appContext().run(() => urlFor("user", { name: "ada" }));
    expect(built).toBe("http://kolba.test/user/ada");
  });
});
