/**
 * The side channel between the page and a cell inside the WebContainer. A browser's `fetch`
 * drops a request's `Cookie` header and hides a response's `Set-Cookie`, so the engine does
 * not send the learner's request as itself: it POSTs a JSON envelope (method, path, the raw
 * header list, the body in base64) to a small server the bootstrap runs on a second port, which
 * replays it over loopback HTTP to the app and answers with another envelope carrying the
 * app's raw header list. The POST is a CORS "simple" request (`text/plain`), so no preflight.
 */
import type { DatabaseView, HeaderList } from "../types.ts";

/** A learner's request, as the page sends it to the side channel. */
export interface RequestEnvelope {
  method: string;
  path: string;
  headers: HeaderList;
  /** The body in base64, or null for none. */
  body: string | null;
}

/** The app's answer, as the side channel sends it back. */
export interface ResponseEnvelope {
  status: number;
  statusText: string;
  headers: HeaderList;
  /** The body in base64. */
  body: string;
  /** What the app's databases held right after the answer (a cell with flask-sqlalchemy). */
  database?: DatabaseView[];
}

/** What the side channel answers when it could not reach the app. */
export interface FailureEnvelope {
  error: string;
}

/** Headers every side channel answer carries, so a COEP page may read it cross-origin. */
export const SIDE_CHANNEL_HEADERS: HeaderList = [
  ["Access-Control-Allow-Origin", "*"],
  ["Access-Control-Allow-Methods", "POST, OPTIONS"],
  ["Access-Control-Allow-Headers", "Content-Type"],
  ["Cross-Origin-Resource-Policy", "cross-origin"],
  ["Cache-Control", "no-store"],
];

/** Whether a parsed value is a request envelope. */
export function isRequestEnvelope(value: unknown): value is RequestEnvelope {
  const v = value as Partial<RequestEnvelope> | null;
  return (
    typeof v === "object" &&
    v !== null &&
    typeof v.method === "string" &&
    typeof v.path === "string" &&
    v.path.startsWith("/") &&
    Array.isArray(v.headers) &&
    v.headers.every(
      (pair) => Array.isArray(pair) && typeof pair[0] === "string" && typeof pair[1] === "string",
    ) &&
    (v.body === null || typeof v.body === "string")
  );
}

/** Whether a parsed value is a response envelope. */
export function isResponseEnvelope(value: unknown): value is ResponseEnvelope {
  const v = value as Partial<ResponseEnvelope> | null;
  return (
    typeof v === "object" &&
    v !== null &&
    typeof v.status === "number" &&
    typeof v.statusText === "string" &&
    Array.isArray(v.headers) &&
    typeof v.body === "string"
  );
}
