/**
 * Send a cell request to the app over loopback HTTP (127.0.0.1 only) and collect the answer
 * with its raw headers.
 */
import { request as httpRequest } from "node:http";
import type { CellRequest, CellResponse, HeaderList } from "../types.ts";
import { createCellResponse } from "./cell-response.ts";

function headerList(headers: CellRequest["headers"]): HeaderList {
  if (!headers) return [];
  return Array.isArray(headers) ? headers : Object.entries(headers);
}

/**
 * Forward one request; `signal` aborts it.
 * @example
 * const res = await forwardRequest(5000, { path: "/" }, AbortSignal.timeout(5000));
 */
export function forwardRequest(
  port: number,
  cellRequest: CellRequest,
  signal: AbortSignal,
): Promise<CellResponse> {
  const body =
    cellRequest.body === undefined
      ? undefined
      : typeof cellRequest.body === "string"
        ? Buffer.from(cellRequest.body)
        : Buffer.from(cellRequest.body);
  const flat: string[] = [];
  for (const [name, value] of headerList(cellRequest.headers)) flat.push(name, value);
  const has = (name: string) =>
    flat.some((value, index) => index % 2 === 0 && value.toLowerCase() === name);
  // With a raw header list Node adds no Host of its own, and HTTP/1.1 servers require one.
  if (!has("host")) flat.unshift("Host", `127.0.0.1:${port}`);
  if (body && !has("content-length")) flat.push("Content-Length", String(body.length));
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: "127.0.0.1",
        port,
        method: (cellRequest.method ?? "GET").toUpperCase(),
        path: cellRequest.path,
        headers: flat,
        agent: false,
        signal,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", reject);
        res.on("end", () => {
          const headers: HeaderList = [];
          for (let index = 0; index + 1 < res.rawHeaders.length; index += 2) {
            headers.push([res.rawHeaders[index] as string, res.rawHeaders[index + 1] as string]);
          }
          const bytes = new Uint8Array(Buffer.concat(chunks));
          resolve(createCellResponse(res.statusCode ?? 0, res.statusMessage ?? "", headers, bytes));
        });
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}
