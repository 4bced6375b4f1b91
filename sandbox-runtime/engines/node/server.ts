/**
 * The node:http adapter behind `app.run()`: Flask's banner, Werkzeug's request log, and a 400
 * for malformed HTTP instead of a crash.
 * @see werkzeug/serving.py run_simple, WSGIRequestHandler
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { Readable } from "node:stream";
import type { Flask } from "../../flask/app.ts";
import { InternalServerError } from "../../flask/exceptions.ts";
import type { RunOptions, RunningServer, ServableApp } from "../../flask/runtime.ts";
import type { Response } from "../../flask/wrappers/response.ts";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function logTime(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(d.getDate())}/${MONTHS[d.getMonth()]}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

function toWebRequest(req: IncomingMessage, scheme: string): globalThis.Request {
  const host = req.headers.host ?? "localhost";
  const url = new URL(req.url ?? "/", `${scheme}://${host}`);
  if (!/^\//.test(req.url ?? "/") && !/^https?:\/\//.test(req.url ?? ""))
    throw new Error("bad request target");
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    headers.append(req.rawHeaders[i] as string, req.rawHeaders[i + 1] as string);
  }
  const method = req.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  return new globalThis.Request(url, {
    method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    duplex: "half",
  } as RequestInit);
}

async function writeResponse(
  res: ServerResponse,
  response: Response,
  method: string,
): Promise<void> {
  const status = response.status;
  const code = response.statusCode;
  const reason = status.slice(String(code).length + 1) || "UNKNOWN";
  const headers = response.wireHeaders();
  const streamed = response.isStreamed;
  res.writeHead(code, reason, headers.flat());
  const noBody = method === "HEAD" || (code >= 100 && code < 200) || code === 204 || code === 304;
  try {
    if (!noBody && !streamed) {
      // A buffered body goes out with the headers in one write.
      res.end(response.getData());
      for (const fn of response.onClose) fn();
      return;
    }
    if (!noBody) {
      const body = response.toWeb(method).body;
      if (body)
        for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) res.write(chunk);
    } else if (streamed || response.onClose.length > 0) {
      for (const fn of response.onClose) fn();
    }
  } finally {
    res.end();
  }
}

const BAD_REQUEST =
  "HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 0\r\n\r\n";

/**
 * Serve an app on node:http.
 * @example
 * const server = await serve(app, { port: 5000 });
 * await server.close();
 * @see werkzeug/serving.py run_simple
 */
export function serve(app: ServableApp, options: RunOptions = {}): Promise<RunningServer> {
  const flask = app as unknown as Flask;
  const host = options.host ?? "127.0.0.1";
  const port = options.port ?? 5000;
  const quiet = options.quiet ?? false;
  const log = (line: string) => {
    if (!quiet) process.stderr.write(`${line}\n`);
  };
  const server = createServer(async (req, res) => {
    const method = req.method ?? "GET";
    const line = `${method} ${req.url ?? "/"} HTTP/${req.httpVersion}`;
    let webRequest: globalThis.Request;
    try {
      webRequest = toWebRequest(req, "http");
    } catch {
      res.writeHead(400, "Bad Request", {
        "Content-Type": "text/html; charset=utf-8",
        Connection: "close",
      });
      res.end();
      log(`${req.socket.remoteAddress ?? "-"} - - [${logTime()}] "${line}" 400 -`);
      return;
    }
    let response: Response;
    try {
      response = await flask.handleOrDebug(webRequest, {
        remoteAddr: req.socket.remoteAddress ?? undefined,
      });
    } catch (error) {
      // The app let the error through (testing / PROPAGATE_EXCEPTIONS): the server answers 500.
      process.stderr.write(
        `Error on request:\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      const page = new InternalServerError();
      response = flask.makeResponse(page);
    }
    try {
      await writeResponse(res, response, method);
    } catch (error) {
      res.destroy(error as Error);
    }
    if (!quiet)
      log(
        `${req.socket.remoteAddress ?? "-"} - - [${logTime()}] "${line}" ${response.statusCode} -`,
      );
  });
  server.on("clientError", (_error: Error, socket: Socket) => {
    if (socket.writable) socket.end(BAD_REQUEST);
    else socket.destroy();
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const address = server.address() as AddressInfo;
      const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
      const url = `http://${shownHost}:${address.port}`;
      log(` * Serving Flask app '${options.appName ?? app.name}'`);
      log(` * Debug mode: ${app.debug ? "on" : "off"}`);
      log(
        "WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.",
      );
      if (host === "0.0.0.0") {
        log(" * Running on all addresses (0.0.0.0)");
        log(` * Running on http://127.0.0.1:${address.port}`);
      } else {
        log(` * Running on ${url}`);
      }
      log("Press CTRL+C to quit");
      resolvePromise({
        host: address.address,
        port: address.port,
        url,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
