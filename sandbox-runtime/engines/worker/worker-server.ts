/**
 * The Worker's stand-in for a server: `app.run()` registers the app here instead of listening,
 * and requests from the page go through the port's `handleOrDebug`, whose raw header list keeps
 * every `Set-Cookie` (a web `Response` would drop them).
 */
import { type Flask, InternalServerError, type Response } from "flask";
import type { RunningServer, RunOptions, ServableApp } from "flask/runtime";
import { appRoutes } from "../app-routes.ts";
import { oneAtATime } from "../one-at-a-time.ts";
import { logTime } from "../request-log.ts";
import type { CellRoute } from "../types.ts";
import type { RequestMessage, WireResponse } from "./protocol.ts";

/**
 * The bytes a response sends. An in-memory body is encoded (or copied: the bytes are handed to
 * the page, and an app may keep its own) in one step, far faster for a large body than reading
 * it back through a web `Response`; no body and streamed bodies go through `toWeb`.
 */
async function bodyOf(response: Response, method: string): Promise<Uint8Array> {
  const code = response.statusCode;
  const bodiless = method === "HEAD" || (code >= 100 && code < 200) || code === 204 || code === 304;
  const wire = bodiless ? null : response.wireBody();
  if (typeof wire === "string") return new TextEncoder().encode(wire);
  if (wire instanceof Uint8Array) return wire.slice();
  return new Uint8Array(await response.toWeb(method).arrayBuffer());
}

/**
 * One app served inside a Worker.
 * @example
 * const server = new WorkerServer((text) => console.error(text), () => postMessage({ type: "ready" }));
 * setServerRunner((app, options) => server.run(app, options));
 */
export class WorkerServer {
  #app: Flask | null = null;
  #port = 5000;
  #log: (line: string) => void;
  #onReady: (port: number, routes: CellRoute[]) => void;

  constructor(log: (line: string) => void, onReady: (port: number, routes: CellRoute[]) => void) {
    this.#log = log;
    this.#onReady = onReady;
  }

  /** The server runner behind `app.run()`: registers the app and reports ready. */
  run(app: ServableApp, options: RunOptions): Promise<RunningServer> {
    // Requests from the page go through one at a time: the Worker's context store is one slot.
    this.#app = oneAtATime(app as unknown as Flask);
    this.#port = options.port ?? 5000;
    const url = `http://127.0.0.1:${this.#port}`;
    if (!options.quiet) {
      this.#log(` * Serving Flask app '${options.appName ?? app.name}'`);
      this.#log(` * Debug mode: ${app.debug ? "on" : "off"}`);
      this.#log(" * Running in the in-page engine (no socket: the page sends the requests)");
    }
    this.#onReady(this.#port, appRoutes(app));
    return Promise.resolve({
      host: "127.0.0.1",
      port: this.#port,
      url,
      close: async () => {
        this.#app = null;
      },
    });
  }

  /** Answer one request from the page. */
  async handle(message: RequestMessage): Promise<WireResponse> {
    const app = this.#app;
    if (!app) throw new Error("The app is not running: app.run() was not called.");
    const method = message.method.toUpperCase();
    // A standalone Headers object keeps `Cookie`; one owned by a web Request would drop it.
    const headers = new Headers();
    for (const [name, value] of message.headers) headers.append(name, value);
    if (!headers.has("host")) headers.set("Host", `127.0.0.1:${this.#port}`);
    const hasBody = message.body !== null && method !== "GET" && method !== "HEAD";
    const webRequest = {
      url: `http://${headers.get("host")}${message.path.startsWith("/") ? "" : "/"}${message.path}`,
      method,
      headers,
      body: hasBody ? new Blob([message.body as Uint8Array<ArrayBuffer>]).stream() : null,
    } as unknown as globalThis.Request;
    let response: Response;
    try {
      response = await app.handleOrDebug(webRequest, {
        remoteAddr: "127.0.0.1",
        ...(message.scriptRoot ? { scriptRoot: message.scriptRoot } : {}),
      });
    } catch (error) {
      console.error(
        `Error on request:\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      response = app.makeResponse(new InternalServerError() as never);
    }
    const code = response.statusCode;
    const wire = response.wireHeaders();
    const body = await bodyOf(response, method);
    this.#log(`127.0.0.1 - - [${logTime()}] "${method} ${message.path} HTTP/1.1" ${code} -`);
    return {
      status: code,
      statusText: response.status.slice(String(code).length + 1),
      headers: wire,
      body,
    };
  }
}
