/**
 * The Node adapter writes the answer before node:http's request callback returns when the app
 * answered synchronously, and after it when a step was async; either way the client gets the
 * same answer.
 */
import { subscribe, unsubscribe } from "node:diagnostics_channel";
import type { ServerResponse } from "node:http";
import type { RunningServer } from "flask/runtime";
import { afterAll, beforeAll, expect, test } from "vitest";
import { Flask } from "../../sandbox-runtime/engines/node/flask.ts";

// node:http publishes here just before it calls the request callback; a microtask queued then
// runs as soon as the callback has returned.
const REQUEST_START = "http.server.request.start";
const endedWhenCallbackReturned: boolean[] = [];
const onStart = (message: unknown) => {
  const { response } = message as { response: ServerResponse };
  queueMicrotask(() => endedWhenCallbackReturned.push(response.writableEnded));
};

let server: RunningServer;
beforeAll(async () => {
  const app = new Flask("answers");
  app.beforeRequest(function stamp() {
    return undefined;
  });
  app.route("/sync", function now() {
    return "now";
  });
  app.route("/async", async function later() {
    await new Promise((resolve) => setTimeout(resolve, 1));
    return "later";
  });
  app.route("/sync-error", function broken() {
    throw new Error("broken");
  });
  app.logger = { ...app.logger, error: () => undefined };
  server = (await app.run({ port: 0, quiet: true })) as RunningServer;
  subscribe(REQUEST_START, onStart);
});
afterAll(async () => {
  unsubscribe(REQUEST_START, onStart);
  await server.close();
});

async function get(path: string): Promise<[number, string, boolean | undefined]> {
  endedWhenCallbackReturned.length = 0;
  const response = await fetch(`${server.url}${path}`);
  const body = await response.text();
  return [response.status, body, endedWhenCallbackReturned[0]];
}

test("a synchronous app is answered inside the request callback", async () => {
  expect(await get("/sync")).toEqual([200, "now", true]);
  expect(await get("/missing")).toEqual([404, expect.stringContaining("Not Found"), true]);
  expect(await get("/sync-error")).toEqual([
    500,
    expect.stringContaining("Internal Server Error"),
    true,
  ]);
});

test("an async view is answered after the callback, with the same kind of answer", async () => {
  expect(await get("/async")).toEqual([200, "later", false]);
});
