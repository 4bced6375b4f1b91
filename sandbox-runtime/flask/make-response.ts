/**
 * Turning what a view returns into a Response, as Flask's `make_response` does.
 * @see flask/app.py Flask.make_response
 */
import type { Flask } from "./app.ts";
import { Headers, type HeadersInit } from "./datastructures.ts";
import { HTTPException } from "./exceptions.ts";
import { RequestRedirect } from "./routing/index.ts";
import { redirectResponse } from "./redirect.ts";
import { Response } from "./wrappers/response.ts";

/** Anything a view may return. */
export type ResponseValue =
  | string
  | Uint8Array
  | Response
  | globalThis.Response
  | Record<string, unknown>
  | unknown[]
  | AsyncIterable<string | Uint8Array>
  | Iterator<string | Uint8Array>
  | HTTPException
  | null
  | undefined;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const isStatus = (v: unknown): boolean =>
  typeof v === "number" || (typeof v === "string" && /^\d{3}(\s|$)/.test(v));

const isHeadersLike = (v: unknown): boolean =>
  v instanceof Headers ||
  (typeof globalThis.Headers === "function" && v instanceof globalThis.Headers) ||
  (isPlainObject(v) &&
    Object.values(v).every(
      (x) => typeof x === "string" || typeof x === "number" || Array.isArray(x),
    )) ||
  (Array.isArray(v) &&
    v.every((pair) => Array.isArray(pair) && pair.length === 2 && typeof pair[0] === "string"));

const isIterator = (v: unknown): v is Iterator<string | Uint8Array> =>
  v !== null &&
  typeof v === "object" &&
  typeof (v as Iterator<unknown>).next === "function" &&
  Symbol.iterator in (v as object);

const isAsyncIterable = (v: unknown): v is AsyncIterable<string | Uint8Array> =>
  v !== null && typeof v === "object" && Symbol.asyncIterator in (v as object);

/** True for bodies a tuple may carry (so a plain list is not mistaken for a tuple). */
function isBody(v: unknown): boolean {
  return (
    typeof v === "string" ||
    v instanceof Uint8Array ||
    v instanceof Response ||
    (typeof globalThis.Response === "function" && v instanceof globalThis.Response) ||
    v instanceof HTTPException ||
    isPlainObject(v) ||
    Array.isArray(v) ||
    isIterator(v) ||
    isAsyncIterable(v)
  );
}

const HEADER_NAME = /^[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$/;

/** Headers written the way HTTP headers are: `{ "X-Total": "2" }`, not `{ name: "ana" }`. */
const looksLikeHeaders = (v: unknown): boolean =>
  v instanceof Headers ||
  (typeof globalThis.Headers === "function" && v instanceof globalThis.Headers) ||
  (isPlainObject(v) &&
    Object.keys(v).length > 0 &&
    Object.entries(v).every(
      ([k, x]) => HEADER_NAME.test(k) && (typeof x === "string" || Array.isArray(x)),
    ));

/**
 * Decide whether an array a view returned is a Python-style tuple. JavaScript has no tuples,
 * so an array counts as one when its second item is a status (`[body, 201]`,
 * `[body, 201, headers]`), or when it is `[text-or-response, headers]`. With a JSON body
 * (`[["a", "b"], { "X-Total": "2" }]`) the headers must be written as HTTP headers
 * (capitalized names, text values); any other array is a JSON list.
 * @example
 * isResponseTuple(["Created", 201]); // true
 * isResponseTuple([{ id: 1 }, { id: 2 }]); // false: a JSON list
 * @see flask/app.py Flask.make_response
 */
export function isResponseTuple(value: unknown[]): boolean {
  if (value.length < 2 || value.length > 3 || !isBody(value[0])) return false;
  if (value.length === 3) return isStatus(value[1]) || value[1] === null || value[1] === undefined;
  if (isStatus(value[1])) return true;
  const first = value[0];
  if (isPlainObject(first) || Array.isArray(first)) return looksLikeHeaders(value[1]);
  return isHeadersLike(value[1]);
}

/** Werkzeug's Headers.update: each key given replaces the existing values. */
function updateHeaders(target: Headers, source: unknown): void {
  if (
    source instanceof Headers ||
    (typeof globalThis.Headers === "function" && source instanceof globalThis.Headers)
  ) {
    const incoming = new Headers(source as HeadersInit);
    for (const key of new Set(incoming.keys().map((k) => k.toLowerCase()))) {
      const values = incoming.getAll(key);
      const name = incoming.keys().find((k) => k.toLowerCase() === key) ?? key;
      target.delete(key);
      for (const v of values) target.add(name, v);
    }
  } else if (isPlainObject(source)) {
    for (const [key, value] of Object.entries(source)) {
      if (Array.isArray(value)) {
        target.delete(key);
        for (const v of value) target.add(key, String(v));
      } else {
        target.set(key, String(value));
      }
    }
  } else if (Array.isArray(source)) {
    for (const [key, value] of source as [string, unknown][]) target.set(key, String(value));
  }
}

/**
 * Build a Response from any view return value.
 * @example
 * makeResponseFrom(app, ["Not here", 404], { endpoint: () => "index", typeName: (v) => typeof v });
 * @see flask/app.py Flask.make_response
 */
export function makeResponseFrom(
  app: Flask,
  value: ResponseValue,
  info: { endpoint: () => string | null; typeName: (value: unknown) => string },
): Response {
  let rv: unknown = value;
  let status: unknown = null;
  let headers: unknown = null;
  if (Array.isArray(rv) && isResponseTuple(rv)) {
    if (rv.length === 3) [rv, status, headers] = rv;
    else if (isStatus(rv[1])) [rv, status] = rv;
    else [rv, headers] = rv;
  }
  if (rv === null || rv === undefined) {
    const endpoint = info.endpoint();
    throw new TypeError(
      `The view function for ${endpoint === null ? "null" : `'${endpoint}'`} did not return a valid response. The function either returned undefined or null, or ended without a return statement.`,
    );
  }
  let response: Response;
  if (rv instanceof app.responseClass || rv instanceof Response) {
    response = rv as Response;
  } else if (
    typeof rv === "string" ||
    rv instanceof Uint8Array ||
    isIterator(rv) ||
    isAsyncIterable(rv)
  ) {
    response = new app.responseClass(rv as string, {
      status: (status ?? undefined) as number | undefined,
      headers: (headers ?? undefined) as HeadersInit | undefined,
    });
    status = null;
    headers = null;
  } else if (isPlainObject(rv) || Array.isArray(rv)) {
    response = app.json.response(rv);
  } else if (rv instanceof RequestRedirect) {
    response = redirectResponse(rv.newUrl, rv.code ?? 308, app.responseClass);
  } else if (rv instanceof HTTPException) {
    response =
      rv.response instanceof Response
        ? rv.response
        : new app.responseClass(rv.getBody(), { status: rv.code ?? 500, headers: rv.getHeaders() });
  } else if (typeof globalThis.Response === "function" && rv instanceof globalThis.Response) {
    const web = rv;
    // A web Response's body is a ReadableStream, which is async iterable.
    response = new app.responseClass(web.body as unknown as AsyncIterable<Uint8Array> | null, {
      status: web.status,
      headers: web.headers,
    });
  } else {
    throw new TypeError(
      `The view function did not return a valid response. The return type must be a string, object, array, tuple with headers or status, Response instance, or iterable, but it was a ${info.typeName(rv)}.`,
    );
  }
  if (status !== null && status !== undefined) response.status = status as number | string;
  if (headers) updateHeaders(response.headers, headers);
  return response;
}
