/**
 * Turn a `CellRequest` into what crosses to the Worker: a header list and body bytes.
 */
import type { CellRequest, HeaderList } from "../types.ts";

/**
 * The request's headers as a raw list, whatever form they were given in.
 * @example
 * headerList({ path: "/", headers: { Cookie: "a=1" } }); // [["Cookie", "a=1"]]
 */
export function headerList(request: CellRequest): HeaderList {
  const headers = request.headers;
  if (!headers) return [];
  return Array.isArray(headers) ? headers.map(([k, v]) => [k, v]) : Object.entries(headers);
}

/**
 * The request's body as bytes, or null when it has none.
 * @example
 * bodyBytes({ path: "/", body: "a=1" }); // Uint8Array [97, 61, 49]
 */
export function bodyBytes(request: CellRequest): Uint8Array | null {
  if (request.body === undefined) return null;
  return typeof request.body === "string" ? new TextEncoder().encode(request.body) : request.body;
}
