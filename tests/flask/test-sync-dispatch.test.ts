/**
 * The request ladder answers synchronously while every step does, and goes on asynchronously
 * from the first step that returns a promise. Either way each hook runs once, in Flask's order,
 * and an error reaches the same handler whether it was thrown at once or came as a rejection.
 */

import { afterThisRequest, Blueprint, Flask, type Response, request, session } from "flask";
import { type ContextStore, getContextStore, setContextStore } from "flask/runtime";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createAsyncLocalStore } from "../../sandbox-runtime/engines/node/context-store.ts";

// The Node entry's store, which answers a request without queueing it.
let previous: ContextStore<unknown>;
beforeAll(() => {
  previous = getContextStore();
  setContextStore(createAsyncLocalStore());
});
afterAll(() => setContextStore(previous));

class TeapotError extends Error {}

/** The steps a test can make async, each by returning a promise that settles a timer later. */
const STEPS = [
  "urlValuePreprocessor",
  "beforeRequest",
  "blueprint beforeRequest",
  "view",
  "afterThisRequest",
  "blueprint afterRequest",
  "afterRequest",
  "teardownRequest",
  "teardownAppcontext",
  "errorHandler",
] as const;
type Step = (typeof STEPS)[number];

type Scenario = "ok" | "handled" | "unhandled" | "early" | "session";

/**
 * An app with a hook of every kind, app-wide and on a blueprint, each writing to `log`; the step
 * named `asyncStep` answers with a promise, every other one at once.
 */
function makeApp(scenario: Scenario, asyncStep: Step | null) {
  const log: string[] = [];
  const app = new Flask("ladder");
  app.secretKey = "dev";
  app.logger = { ...app.logger, error: (message: string) => log.push(`logged ${message}`) };
  const step = <A extends unknown[], R>(name: Step, fn: (...args: A) => R) =>
    name === asyncStep
      ? async (...args: A): Promise<R> => {
          await new Promise((resolve) => setTimeout(resolve, 1));
          return fn(...args);
        }
      : fn;

  const bp = new Blueprint("bp", "bp", { urlPrefix: "/bp" });
  app.urlValuePreprocessor(
    step("urlValuePreprocessor", (endpoint: string | null, values: unknown) => {
      log.push(`urlValuePreprocessor ${endpoint} ${JSON.stringify(values)}`);
    }),
  );
  app.beforeRequest(
    step("beforeRequest", () => {
      log.push("beforeRequest");
    }),
  );
  bp.beforeRequest(
    step("blueprint beforeRequest", () => {
      log.push("blueprint beforeRequest");
      if (scenario === "early") return "answered early";
      return undefined;
    }),
  );
  bp.addUrlRule(
    "/<int:id>",
    "show",
    step("view", function show({ id }: { id: number }) {
      log.push(`view ${id} ${request.path}`);
      afterThisRequest(
        step("afterThisRequest", (response: Response) => {
          log.push(`afterThisRequest ${response.statusCode}`);
          response.headers.set("X-After-This", "1");
          return response;
        }),
      );
      if (scenario === "handled") throw new TeapotError("short and stout");
      if (scenario === "unhandled") throw new Error("boom");
      if (scenario === "session") session.user = "ana";
      return `item ${id}`;
    }),
  );
  bp.afterRequest(
    step("blueprint afterRequest", (response: Response) => {
      log.push(`blueprint afterRequest ${response.statusCode}`);
      response.headers.set("X-Blueprint", "1");
      return response;
    }),
  );
  app.afterRequest(
    step("afterRequest", (response: Response) => {
      log.push(`afterRequest ${response.statusCode} ${response.headers.get("X-Blueprint")}`);
      return response;
    }),
  );
  app.teardownRequest(
    step("teardownRequest", (error: unknown) => {
      log.push(`teardownRequest ${error instanceof Error ? error.message : error}`);
    }),
  );
  app.teardownAppcontext(
    step("teardownAppcontext", (error: unknown) => {
      log.push(`teardownAppcontext ${error instanceof Error ? error.message : error}`);
    }),
  );
  app.errorHandler(
    TeapotError,
    step("errorHandler", (error: Error) => {
      log.push(`errorHandler ${error.message}`);
      return [`teapot: ${error.message}`, 418];
    }),
  );
  app.registerBlueprint(bp);
  return { app, log };
}

/** Send GET /bp/7 and report whether the ladder answered at once, with what, and the log. */
async function run(scenario: Scenario, asyncStep: Step | null) {
  const { app, log } = makeApp(scenario, asyncStep);
  const pending = app.handle(new globalThis.Request("http://localhost/bp/7"));
  const synchronous = !(pending instanceof Promise);
  const response = await pending;
  return {
    synchronous,
    log,
    status: response.statusCode,
    body: response.text,
    headers: response.wireHeaders(),
  };
}

describe.each(["ok", "handled", "unhandled", "early", "session"] as const)(
  "the %s request",
  (scenario) => {
    test.each(STEPS)("runs its hooks in the same order when %s is async", async (asyncStep) => {
      const sync = await run(scenario, null);
      const async = await run(scenario, asyncStep);
      expect(async.log).toEqual(sync.log);
      expect([async.status, async.body, async.headers]).toEqual([
        sync.status,
        sync.body,
        sync.headers,
      ]);
      // Only a step the request reaches makes it async; the session cookie is always signed
      // with Web Crypto, which answers with a promise.
      const reached = sync.log.some((line) => line.startsWith(asyncStep));
      expect(async.synchronous).toBe(scenario !== "session" && !reached);
      expect(sync.synchronous).toBe(scenario !== "session");
    });
  },
);

describe("the order on both paths", () => {
  test("is Flask's: preprocess, before, view, after (this request, blueprint, app), teardown", async () => {
    const { log, synchronous } = await run("ok", null);
    expect(synchronous).toBe(true);
    expect(log).toEqual([
      'urlValuePreprocessor bp.show {"id":7}',
      "beforeRequest",
      "blueprint beforeRequest",
      "view 7 /bp/7",
      "afterThisRequest 200",
      "blueprint afterRequest 200",
      "afterRequest 200 1",
      "teardownRequest null",
      "teardownAppcontext null",
    ]);
  });

  test("an unhandled error is logged, answered with 500 and handed to teardown", async () => {
    const sync = await run("unhandled", null);
    const async = await run("unhandled", "view");
    for (const { log, status } of [sync, async]) {
      expect(status).toBe(500);
      expect(log).toContain("logged Exception on /bp/7 [GET]");
      expect(log.slice(-2)).toEqual(["teardownRequest boom", "teardownAppcontext boom"]);
      expect(log.filter((line) => line.startsWith("teardown"))).toHaveLength(2);
    }
  });

  test("a signed session cookie is set on both paths", async () => {
    const sync = await run("session", null);
    const async = await run("session", "view");
    const cookie = (r: typeof sync) =>
      r.headers.find(([name]) => name.toLowerCase() === "set-cookie")?.[1] ?? "";
    expect(cookie(sync)).toMatch(/^session=/);
    expect(cookie(async)).toMatch(/^session=/);
  });
});

describe("an error thrown at once and one rejected later", () => {
  const thrower = (kind: "sync" | "async", where: "view" | "beforeRequest" | "afterRequest") => {
    const app = new Flask("errors");
    const seen: unknown[] = [];
    const fail = () => {
      throw new TeapotError(where);
    };
    const failing = kind === "sync" ? fail : async () => fail();
    if (where === "beforeRequest") app.beforeRequest(failing);
    if (where === "afterRequest") app.afterRequest(failing);
    app.addUrlRule("/", "index", where === "view" ? failing : () => "fine");
    app.errorHandler(TeapotError, (error: Error) => {
      seen.push(error);
      return [`handled ${error.message}`, 418];
    });
    return { app, seen };
  };

  test.each(["view", "beforeRequest"] as const)(
    "reach the same error handler (%s)",
    async (where) => {
      const answers = [];
      for (const kind of ["sync", "async"] as const) {
        const { app, seen } = thrower(kind, where);
        const response = await app.handle(new globalThis.Request("http://localhost/"));
        expect(seen).toHaveLength(1);
        expect(seen[0]).toBeInstanceOf(TeapotError);
        answers.push([response.statusCode, response.text]);
      }
      expect(answers).toEqual([
        [418, `handled ${where}`],
        [418, `handled ${where}`],
      ]);
    },
  );

  test("from an after-request hook, neither reaches a handler: both answer 500", async () => {
    for (const kind of ["sync", "async"] as const) {
      const { app, seen } = thrower(kind, "afterRequest");
      app.logger = { ...app.logger, error: () => undefined };
      const response = await app.handle(new globalThis.Request("http://localhost/"));
      expect(seen).toEqual([]);
      expect(response.statusCode).toBe(500);
    }
  });
});
