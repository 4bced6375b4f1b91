import { describe, expect, test } from "vitest";
import {
  AppContext,
  copyCurrentRequestContext,
  Flask,
  g,
  hasRequestContext,
  request,
  session,
  urlFor,
} from "flask";
import { createSlotStore, getContextStore, setContextStore } from "flask/runtime";
import { createAsyncLocalStore } from "../../sandbox-runtime/engines/node/context-store.ts";

describe("request context", () => {
  test("testRequestContext builds the request", async () => {
    const app = new Flask("req");
    app.route("/search", { methods: ["POST"] }, function search() {
      return "";
    });
    await app
      .testRequestContext("/search?q=kolba", { method: "POST", headers: { "X-Test": "1" } })
      .run(() => {
        expect(hasRequestContext()).toBe(true);
        expect(request.method).toBe("POST");
        expect(request.args.get("q")).toBe("kolba");
        expect(request.headers.get("X-Test")).toBe("1");
        expect(request.url).toBe("http://localhost/search?q=kolba");
        expect(request.endpoint).toBe("search");
        expect(urlFor("search", { _external: true })).toBe("http://localhost/search");
      });
    expect(hasRequestContext()).toBe(false);
  });

  test("push/pop outside a view, as module-level code does", () => {
    const app = new Flask("push");
    app.route("/user/<name>", function user() {
      return "";
    });
    const ctx = app.testRequestContext();
    ctx.push();
    const built = urlFor("user", { name: "ada", _external: true });
    void ctx.pop();
    expect(built).toBe("http://localhost/user/ada");
    expect(hasRequestContext()).toBe(false);
  });

  test("the session is opened for testRequestContext().run", async () => {
    const app = new Flask("s");
    app.secretKey = "k";
    await app.testRequestContext("/").run(() => {
      session.a = 1;
      expect(session.get("a")).toBe(1);
    });
  });

  test("RequestContext is the same class as AppContext (Flask 3.2)", () => {
    const app = new Flask("same");
    expect(app.testRequestContext()).toBeInstanceOf(AppContext);
  });

  test("teardownRequest runs with the error, and only for requests", async () => {
    const app = new Flask("td");
    const seen: unknown[] = [];
    app.teardownRequest(function td(error) {
      seen.push(error ?? "none");
    });
    await app.appContext().run(() => undefined);
    await app.testRequestContext().run(() => undefined);
    expect(seen).toEqual(["none"]);
  });

  test("concurrent requests each see their own request and g (AsyncLocalStorage)", async () => {
    const previous = getContextStore();
    setContextStore(createAsyncLocalStore());
    try {
      const app = new Flask("concurrent");
      app.route("/<int:n>", async function slow({ n }) {
        g.n = n;
        const first = request.path;
        await new Promise((r) => setTimeout(r, 20 - n * 3));
        const second = request.args.get("tag");
        await new Promise((r) => setTimeout(r, n));
        return `${first} ${second} ${g.n} ${request.viewArgs?.n}`;
      });
      const results = await Promise.all(
        [1, 2, 3, 4, 5].map(async (n) => (await app.request(`/${n}?tag=t${n}`)).text()),
      );
      expect(results).toEqual([1, 2, 3, 4, 5].map((n) => `/${n} t${n} ${n} ${n}`));
    } finally {
      setContextStore(previous);
    }
  });

  test("the slot store (the core default) runs one request at a time, so awaits stay safe", async () => {
    const previous = getContextStore();
    setContextStore(createSlotStore());
    const app = new Flask("serial");
    let active = 0;
    let maxActive = 0;
    app.route("/<int:n>", async function slow({ n }) {
      active += 1;
      maxActive = Math.max(maxActive, active);
      await new Promise((r) => setTimeout(r, 5));
      const out = `${request.path} ${n}`;
      active -= 1;
      return out;
    });
    const results = await Promise.all(
      [1, 2, 3].map(async (n) => (await app.request(`/${n}`)).text()),
    );
    setContextStore(previous);
    expect(results).toEqual(["/1 1", "/2 2", "/3 3"]);
    expect(maxActive).toBe(1);
  });

  test("a slot store without its queue lets a view's request to its own app through", async () => {
    const previous = getContextStore();
    try {
      for (const queue of [true, false]) {
        setContextStore(createSlotStore({ queue }));
        const app = new Flask("nested");
        app.route("/inner", function inner() {
          return `inner saw ${request.path}`;
        });
        app.route("/outer", async function outer() {
          const inner = await (await app.request("/inner")).text();
          return `${inner}; outer sees ${request.path}`;
        });
        const answer = Promise.race([
          app.request("/outer").then((res) => res.text()),
          new Promise<string>((resolve) => setTimeout(() => resolve("waited for itself"), 300)),
        ]);
        expect(await answer).toBe(
          queue ? "waited for itself" : "inner saw /inner; outer sees /outer",
        );
      }
    } finally {
      setContextStore(previous);
    }
  });

  test("the slot store also queues a request that arrives while another one awaits", async () => {
    const previous = getContextStore();
    setContextStore(createSlotStore());
    try {
      const app = new Flask("late");
      let release: () => void = () => {};
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      app.route("/slow", async function slow() {
        g.mark = "slow";
        await gate;
        return `${request.path} ${request.args.get("q")} ${g.mark}`;
      });
      app.route("/fast", async function fast() {
        g.mark = "fast";
        release();
        await new Promise((r) => setTimeout(r, 20));
        return `${request.path} ${request.args.get("q")} ${g.mark}`;
      });
      const first = app.request("/slow?q=1");
      await new Promise((r) => setTimeout(r, 20));
      const second = app.request("/fast?q=2");
      setTimeout(release, 100);
      const texts = await Promise.all([first, second].map(async (r) => (await r).text()));
      expect(texts).toEqual(["/slow 1 slow", "/fast 2 fast"]);
    } finally {
      setContextStore(previous);
    }
  });

  test("copyCurrentRequestContext carries the request into later work", async () => {
    const app = new Flask("copy");
    let later: (() => string) | undefined;
    app.route("/here", function here() {
      later = copyCurrentRequestContext(() => request.path);
      return "";
    });
    await app.request("/here");
    expect(later?.()).toBe("/here");
  });
});
