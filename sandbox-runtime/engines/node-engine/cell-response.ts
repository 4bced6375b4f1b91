/**
 * Build a `CellResponse` from what came over the wire: status, raw header list, body bytes.
 * Runtime-neutral, so every engine can share it.
 */
import { parseSetCookie as parsePair } from "flask/runtime";
import type { CellResponse, HeaderList, SetCookie } from "../types.ts";

/**
 * Parse one `Set-Cookie` header value, keeping the header as it came.
 * @example
 * parseSetCookie("session=abc; Path=/; HttpOnly"); // { name: "session", value: "abc", attributes: { path: "/", httponly: true }, raw: … }
 */
export function parseSetCookie(raw: string): SetCookie {
  return { ...parsePair(raw), raw };
}

/**
 * A response object over a status, a header list and body bytes.
 * @example
 * createCellResponse(200, "OK", [["Content-Type", "text/plain"]], new TextEncoder().encode("hi")).text(); // "hi"
 */
export function createCellResponse(
  status: number,
  statusText: string,
  headers: HeaderList,
  body: Uint8Array,
): CellResponse {
  const cookies = headers
    .filter(([name]) => name.toLowerCase() === "set-cookie")
    .map(([, value]) => parseSetCookie(value));
  const text = () => new TextDecoder().decode(body);
  return {
    status,
    statusText,
    headers,
    body,
    cookies,
    header(name) {
      const wanted = name.toLowerCase();
      return headers.find(([key]) => key.toLowerCase() === wanted)?.[1] ?? null;
    },
    text,
    json<T>() {
      return JSON.parse(text()) as T;
    },
  };
}
