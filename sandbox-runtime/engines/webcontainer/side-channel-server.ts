/**
 * The side channel's server, run by the bootstrap inside the cell's process: it takes request
 * envelopes on its own port, replays each over loopback HTTP to the app with the raw header
 * list, and answers with the app's raw header list (every `Set-Cookie` included) and, for a
 * cell with a database, what its databases hold right after.
 */
import { existsSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { loadSnapshotSource, readDatabaseView } from "../database-view.ts";
import { forwardRequest } from "../node-engine/forward-request.ts";
import { b64decode as base64ToBytes, b64encode as bytesToBase64 } from "flask/runtime";
import {
  type FailureEnvelope,
  isRequestEnvelope,
  type ResponseEnvelope,
  SIDE_CHANNEL_HEADERS,
} from "./side-channel.ts";

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/**
 * Listen for envelopes on `sidePort` and forward them to the app on `appPort`.
 * @example
 * const server = await startSideChannel(3001, 3000);
 */
export function startSideChannel(sidePort: number, appPort: number): Promise<Server> {
  // The cell's database module, when it has one: each answer carries what its databases hold.
  const snapshots = loadSnapshotSource(process.cwd(), existsSync);
  const server = createServer(async (req, res) => {
    const answer = (status: number, value: ResponseEnvelope | FailureEnvelope | null) => {
      const body = value === null ? "" : JSON.stringify(value);
      res.writeHead(status, [
        ...SIDE_CHANNEL_HEADERS,
        ["Content-Type", "application/json"],
        ["Content-Length", String(Buffer.byteLength(body))],
      ]);
      res.end(body);
    };
    if (req.method === "OPTIONS") return answer(204, null);
    if (req.method !== "POST") return answer(405, { error: "The side channel takes POST only." });
    let envelope: unknown;
    try {
      envelope = JSON.parse(await readBody(req));
    } catch {
      return answer(400, { error: "The side channel takes a JSON envelope." });
    }
    if (!isRequestEnvelope(envelope)) {
      return answer(400, { error: "The envelope lacks method, path or headers." });
    }
    // The page gave up on this request (timeout): let the app's socket go too.
    const controller = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished) controller.abort();
    });
    try {
      const response = await forwardRequest(
        appPort,
        {
          method: envelope.method,
          path: envelope.path,
          headers: envelope.headers,
          body: envelope.body === null ? undefined : base64ToBytes(envelope.body),
        },
        controller.signal,
      );
      const database = readDatabaseView(await snapshots);
      answer(200, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
        body: bytesToBase64(response.body),
        ...(database ? { database } : {}),
      });
    } catch (error) {
      if (!controller.signal.aborted) {
        answer(502, { error: error instanceof Error ? error.message : String(error) });
      }
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(sidePort, "127.0.0.1", () => {
      server.off("error", reject);
      resolve(server);
    });
  });
}
