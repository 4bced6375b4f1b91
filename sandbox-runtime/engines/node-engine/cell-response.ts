/**
 * Build a `CellResponse` from what came over the wire: status, raw header list, body bytes.
 * Runtime-neutral, so every engine can share it.
 */
import type { CellResponse, HeaderList, SetCookie } from "../types.ts";

/**
 * Parse one `Set-Cookie` header value.
 * @example
 * parseSetCookie("session=abc; Path=/; HttpOnly"); // { name: "session", value: "abc", attributes: { path: "/", httponly: true }, … }
 */
export function parseSetCookie(raw: string): SetCookie {
  const [pair = "", ...rest] = raw.split(";");
  const equals = pair.indexOf("=");
  const name = (equals === -1 ? "" : pair.slice(0, equals)).trim();
  const value = (equals === -1 ? pair : pair.slice(equals + 1)).trim();
  const attributes: Record<string, string | true> = {};
  for (const part of rest) {
    const at = part.indexOf("=");
    const key = (at === -1 ? part : part.slice(0, at)).trim().toLowerCase();
    if (key) attributes[key] = at === -1 ? true : part.slice(at + 1).trim();
  }
  return { name, value, attributes, raw };
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
