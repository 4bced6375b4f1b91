import { describe, expect, test } from "vitest";
import {
  abort,
  Blueprint,
  Flask,
  Forbidden,
  HTTPException,
  InternalServerError,
  NotFound,
  type Response,
} from "flask";

function app(): Flask {
  const a = new Flask("errors");
  a.testing = true;
  return a;
}

describe("error handlers", () => {
  test("the closest class in the chain wins", async () => {
    const a = app();
    class ParentError extends Error {}
    class ChildError extends ParentError {}
    class GrandChildError extends ChildError {}
    a.errorHandler(ParentError, function parent() {
      return "parent";
    });
    a.errorHandler(ChildError, function child() {
      return "child";
    });
    a.route("/parent", function p() {
      throw new ParentError();
    });
    a.route("/child", function c() {
      throw new ChildError();
    });
    a.route("/grandchild", function gc() {
      throw new GrandChildError();
    });
    expect(await (await a.request("/parent")).text()).toBe("parent");
    expect(await (await a.request("/child")).text()).toBe("child");
    expect(await (await a.request("/grandchild")).text()).toBe("child");
  });

  test("a code handler wins over a class handler for HTTP errors; HTTPException catches them all", async () => {
    const a = app();
    a.errorHandler(HTTPException, function any(e: HTTPException) {
      return [`http ${e.code}`, e.code ?? 500];
    });
    a.errorHandler(404, function nf() {
      return ["code 404", 404];
    });
    a.route("/403", function f() {
      abort(403);
    });
    expect(await (await a.request("/nope")).text()).toBe("code 404");
    expect(await (await a.request("/403")).text()).toBe("http 403");
  });

  test("a handler for Error catches HTTP errors too", async () => {
    const a = app();
    a.errorHandler(Error, function everything(e: Error) {
      return [`caught ${e instanceof NotFound ? "404" : e.message}`, 200];
    });
    expect(await (await a.request("/missing")).text()).toBe("caught 404");
  });

  test("custom HTTPException subclasses", async () => {
    const a = app();
    class PaymentRequired extends HTTPException {
      static override code = 402;
      static override description = "Pay first.";
    }
    a.errorHandler(PaymentRequired, function pay(e: PaymentRequired) {
      return [`${e.description}`, 402];
    });
    a.route("/", function index() {
      throw new PaymentRequired();
    });
    const res = await a.request("/");
    expect([res.status, await res.text()]).toEqual([402, "Pay first."]);
  });

  test("an unhandled HTTP error answers with Werkzeug's page", async () => {
    const a = app();
    a.route("/", function index() {
      abort(403);
    });
    const res = await a.request("/");
    expect(res.status).toBe(403);
    expect(await res.text()).toBe(
      "<!doctype html>\n<html lang=en>\n<title>403 Forbidden</title>\n<h1>Forbidden</h1>\n<p>You don&#39;t have the permission to access the requested resource. It is either read-protected or not readable by the server.</p>\n",
    );
  });

  test("abort with a description, and abort with a response", async () => {
    const a = app();
    a.route("/desc", function desc() {
      abort(400, "Missing name");
    });
    a.route("/resp", function resp() {
      abort(a.makeResponse(["custom body", 418]));
    });
    const d = await a.request("/desc");
    expect(await d.text()).toContain("<p>Missing name</p>");
    const r = await a.request("/resp");
    expect([r.status, await r.text()]).toEqual([418, "custom body"]);
  });

  test("handlers may return Responses, and after-request still runs", async () => {
    const a = app();
    a.errorHandler(Forbidden, function forbidden() {
      return a.makeResponse(["nope", 403, { "X-Handled": "1" }]);
    });
    a.afterRequest(function mark(res: Response) {
      res.headers.set("X-After", "1");
      return res;
    });
    a.route("/", function index() {
      throw new Forbidden();
    });
    const res = await a.request("/");
    expect([res.status, res.headers.get("x-handled"), res.headers.get("x-after")]).toEqual([
      403,
      "1",
      "1",
    ]);
  });

  test("an error inside an error handler becomes a 500", async () => {
    const a = new Flask("e");
    a.errorHandler(404, function broken() {
      throw new Error("handler failed");
    });
    const original = console.error;
    console.error = () => undefined;
    try {
      expect((await a.request("/missing")).status).toBe(500);
    } finally {
      console.error = original;
    }
  });

  test("the 500 handler gets an InternalServerError wrapping the original", async () => {
    const a = new Flask("e");
    let seen: unknown;
    a.errorHandler(InternalServerError, function ise(e: InternalServerError) {
      seen = e;
      return ["sorry", 500];
    });
    a.route("/", function index() {
      throw new SyntaxError("oops");
    });
    const original = console.error;
    console.error = () => undefined;
    try {
      expect(await (await a.request("/")).text()).toBe("sorry");
    } finally {
      console.error = original;
    }
    expect((seen as InternalServerError).originalError).toBeInstanceOf(SyntaxError);
  });

  test("blueprint handlers come before app handlers for the blueprint's requests", async () => {
    const a = app();
    const bp = new Blueprint("bp", "bp");
    bp.errorHandler(403, function bpForbidden() {
      return "bp 403";
    });
    a.errorHandler(403, function appForbidden() {
      return "app 403";
    });
    bp.route("/bp", function bpView() {
      abort(403);
    });
    a.route("/app", function appView() {
      abort(403);
    });
    a.registerBlueprint(bp);
    expect(await (await a.request("/bp")).text()).toBe("bp 403");
    expect(await (await a.request("/app")).text()).toBe("app 403");
  });

  test("registration errors use Flask's messages", () => {
    const a = app();
    expect(() => a.errorHandler(999, () => "")).toThrow(
      "'999' is not a recognized HTTP error code. Use a subclass of HTTPException with that code instead.",
    );
    expect(() => a.registerErrorHandler(new Error("x") as never, () => "")).toThrow(
      "Error() is an instance, not a class. Handlers can only be registered for Error classes or HTTP error codes.",
    );
    expect(() => a.registerErrorHandler(Map as never, () => "")).toThrow(
      "'Map' is not a subclass of Error. Handlers can only be registered for Error classes or HTTP error codes.",
    );
  });

  test("TRAP_HTTP_EXCEPTIONS lets HTTP errors propagate", async () => {
    const a = app();
    a.config.TRAP_HTTP_EXCEPTIONS = true;
    a.route("/", function index() {
      abort(404);
    });
    await expect(a.testClient().get("/")).rejects.toBeInstanceOf(NotFound);
  });
});
