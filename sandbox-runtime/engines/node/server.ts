/**
 * The node:http adapter behind `app.run()`: Flask's banner, Werkzeug's request log, and a 400
 * for malformed HTTP instead of a crash.
 * @see werkzeug/serving.py run_simple, WSGIRequestHandler
 */
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { type Flask, InternalServerError, type Response } from "flask";
import {
  andThen,
  attempt,
  type RunningServer,
  type RunOptions,
  type ServableApp,
} from "flask/runtime";
import { logTime } from "../request-log.ts";
import { NodeIncomingRequest } from "./incoming.ts";

/**
 * Write the status line, headers and body. A buffered body goes out at once, in the request
 * callback when the app answered synchronously; only a streamed body returns a promise.
 */
function writeResponse(
  res: ServerResponse,
  response: Response,
  method: string,
): Promise<void> | undefined {
  const status = response.status;
  const code = response.statusCode;
  const reason = status.slice(String(code).length + 1) || "UNKNOWN";
  const headers = response.wireHeaders();
  const streamed = response.isStreamed;
  res.writeHead(code, reason, headers.flat());
  const noBody = method === "HEAD" || (code >= 100 && code < 200) || code === 204 || code === 304;
  if (noBody) {
    try {
      if (streamed || response.onClose.length > 0) for (const fn of response.onClose) fn();
    } finally {
      res.end();
    }
    return undefined;
  }
  if (!streamed) {
    // A buffered body goes out with the headers in one write; text is encoded by the socket.
    res.end(response.wireBody());
    for (const fn of response.onClose) fn();
    return undefined;
  }
  return writeStream(res, response, method);
}

async function writeStream(res: ServerResponse, response: Response, method: string): Promise<void> {
  try {
    const body = response.toWeb(method).body;
    if (body)
      for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) res.write(chunk);
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
  const server = createServer((req, res) => {
    const method = req.method ?? "GET";
    const logLine = (code: number) =>
      log(
        `${req.socket.remoteAddress ?? "-"} - - [${logTime()}] "${method} ${req.url ?? "/"} HTTP/${req.httpVersion}" ${code} -`,
      );
    let incoming: NodeIncomingRequest;
    try {
      incoming = new NodeIncomingRequest(req, "http");
    } catch {
      // A request a web Request would refuse (MalformedRequest) gets 400, as Werkzeug does.
      res.writeHead(400, "Bad Request", {
        "Content-Type": "text/html; charset=utf-8",
        Connection: "close",
      });
      res.end();
      if (!quiet) logLine(400);
      return;
    }
    const answer = (response: Response) => {
      // The rest of an abandoned body is discarded as it arrives; the connection ends after this.
      if (incoming.bodyAbandoned) res.shouldKeepAlive = false;
      const written = attempt(
        () => writeResponse(res, response, method),
        (error) => {
          res.destroy(error as Error);
        },
      );
      andThen(written, () => {
        if (!quiet) logLine(response.statusCode);
      });
    };
    // When the app answered synchronously the answer is written before this callback returns:
    // node:http then sends it in the same turn instead of a later one, which is most of the
    // difference in requests per second between answering now and after a single await.
    const response = attempt(
      () => flask.handleOrDebug(incoming, { remoteAddr: req.socket.remoteAddress ?? undefined }),
      (error) => {
        // The app let the error through (testing / PROPAGATE_EXCEPTIONS): the server answers 500.
        process.stderr.write(
          `Error on request:\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
        );
        return flask.makeResponse(new InternalServerError());
      },
    );
    andThen(response, answer);
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
