/**
 * HTTP exceptions: throw one from a view and the app answers with its status and error page.
 *
 * @example
 * import { abort, NotFound } from "flask";
 * if (!user) throw new NotFound();
 * abort(403);
 * @see werkzeug/exceptions.py
 */
import { escapeHtml, KEY_ERROR, keyRepr, LookupError } from "./python/index.ts";

export { LookupError, ValueError } from "./python/index.ts";

/** Werkzeug's reason phrases, used for `HTTPException.name`. @see werkzeug/http.py HTTP_STATUS_CODES */
export const HTTP_STATUS_CODES: Readonly<Record<number, string>> = Object.freeze({
  100: "Continue",
  101: "Switching Protocols",
  102: "Processing",
  103: "Early Hints",
  200: "OK",
  201: "Created",
  202: "Accepted",
  203: "Non Authoritative Information",
  204: "No Content",
  205: "Reset Content",
  206: "Partial Content",
  207: "Multi Status",
  208: "Already Reported",
  226: "IM Used",
  300: "Multiple Choices",
  301: "Moved Permanently",
  302: "Found",
  303: "See Other",
  304: "Not Modified",
  305: "Use Proxy",
  306: "Switch Proxy",
  307: "Temporary Redirect",
  308: "Permanent Redirect",
  400: "Bad Request",
  401: "Unauthorized",
  402: "Payment Required",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  407: "Proxy Authentication Required",
  408: "Request Timeout",
  409: "Conflict",
  410: "Gone",
  411: "Length Required",
  412: "Precondition Failed",
  413: "Request Entity Too Large",
  414: "Request URI Too Long",
  415: "Unsupported Media Type",
  416: "Requested Range Not Satisfiable",
  417: "Expectation Failed",
  418: "I'm a teapot",
  421: "Misdirected Request",
  422: "Unprocessable Entity",
  423: "Locked",
  424: "Failed Dependency",
  425: "Too Early",
  426: "Upgrade Required",
  428: "Precondition Required",
  429: "Too Many Requests",
  431: "Request Header Fields Too Large",
  449: "Retry With",
  451: "Unavailable For Legal Reasons",
  500: "Internal Server Error",
  501: "Not Implemented",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
  505: "HTTP Version Not Supported",
  506: "Variant Also Negotiates",
  507: "Insufficient Storage",
  508: "Loop Detected",
  510: "Not Extended",
  511: "Network Authentication Failed",
});

/** Keyword arguments every HTTP exception accepts. */
export interface HTTPExceptionOptions {
  /** Replaces the class's default description (plain text; it is HTML-escaped in the body). */
  description?: string | null;
  /** A ready response to send instead of the generated error page. */
  response?: unknown;
}

function isOptions(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Base of every HTTP error: carries a status code, a description and renders Werkzeug's error page.
 *
 * @example
 * class PaymentRequired extends HTTPException {
 *   static override code = 402;
 *   static override description = "Pay first.";
 * }
 * @see werkzeug/exceptions.py HTTPException
 */
export class HTTPException extends Error {
  /** The status code of this class (read by error handler registration, like `cls.code`). */
  static code: number | null = null;
  /** The default description of this class. */
  static description: string | null = null;

  /** The status code; `null` for an exception that only wraps a response. */
  code: number | null;
  /** A response passed to the constructor or to `abort(response)`; sent as is when set. */
  response: unknown;
  #description: string | null;

  constructor(description?: string | HTTPExceptionOptions | null, response?: unknown) {
    super();
    const cls = this.constructor as typeof HTTPException;
    this.code = cls.code;
    this.#description = cls.description;
    let given: string | null | undefined;
    if (isOptions(description)) {
      const options = description as HTTPExceptionOptions;
      given = options.description;
      response = options.response ?? response;
    } else {
      given = description as string | null | undefined;
    }
    if (given !== undefined && given !== null) this.#description = given;
    this.response = response ?? null;
  }

  /** The description shown in the error page (plain text). */
  get description(): string | null {
    return this.#description;
  }

  set description(value: string | null) {
    this.#description = value;
  }

  /** The status name, e.g. "Not Found" ("Unknown Error" for codes Werkzeug doesn't name). */
  override get name(): string {
    return (this.code !== null ? HTTP_STATUS_CODES[this.code] : undefined) ?? "Unknown Error";
  }

  override get message(): string {
    return this.toString();
  }

  /** The description as an HTML paragraph, escaped, newlines as `<br>`. */
  getDescription(): string {
    const description = this.description === null ? "" : String(this.description);
    return `<p>${escapeHtml(description).replace(/\n/g, "<br>")}</p>`;
  }

  /** The HTML error page Werkzeug sends. */
  getBody(): string {
    const name = escapeHtml(this.name);
    return (
      "<!doctype html>\n" +
      "<html lang=en>\n" +
      `<title>${this.code === null ? "None" : this.code} ${name}</title>\n` +
      `<h1>${name}</h1>\n` +
      `${this.getDescription()}\n`
    );
  }

  /** The response headers of the error page. */
  getHeaders(): [string, string][] {
    return [["Content-Type", "text/html; charset=utf-8"]];
  }

  /** Like Python's `str(e)`: `404 Not Found: The requested URL…`. */
  override toString(): string {
    const code = this.code === null ? "???" : String(this.code);
    return `${code} ${this.name}: ${this.description === null ? "None" : this.description}`;
  }

  /** Like Python's `repr(e)`: `<NotFound '404: Not Found'>`. */
  repr(): string {
    const code = this.code === null ? "???" : String(this.code);
    return `<${this.constructor.name} '${code}: ${this.name}'>`;
  }
}

/**
 * 400: the request could not be understood.
 *
 * @example
 * throw new BadRequest("Missing field 'name'.");
 * @see werkzeug/exceptions.py BadRequest
 */
export class BadRequest extends HTTPException {
  static override code: number | null = 400;
  static override description: string | null =
    "The browser (or proxy) sent a request that this server could not understand.";
}

/**
 * 400 raised by `request.form["missing"]`-style lookups; also a key error
 * (`error instanceof KeyError` holds, as Python's `except KeyError` catches it).
 *
 * @example
 * throw new BadRequestKeyError("username");
 * @see werkzeug/exceptions.py BadRequestKeyError
 */
export class BadRequestKeyError extends BadRequest {
  readonly [KEY_ERROR] = true;
  /** Show the missing key in the description (Flask turns this on in debug mode). */
  static showException = false;
  /** Per-instance override of `showException`. */
  showException: boolean | null = null;
  /** The key that was missing, as given. */
  readonly key: unknown;
  /** Python's `e.args`. */
  readonly args: unknown[];

  constructor(
    key?: unknown,
    description?: string | HTTPExceptionOptions | null,
    response?: unknown,
  ) {
    super(description, response);
    this.key = key;
    this.args = key === undefined ? [] : [key];
  }

  override get description(): string | null {
    const show = this.showException ?? BadRequestKeyError.showException;
    const base = super.description;
    if (show) return `${base}\nKeyError: ${keyErrorText(this.args)}`;
    return base;
  }

  override set description(value: string | null) {
    super.description = value;
  }
}

function keyErrorText(args: unknown[]): string {
  return args.length === 0 ? "" : keyRepr(args[0]);
}

/**
 * 400: the client went away mid-request.
 *
 * @example
 * throw new ClientDisconnected();
 * @see werkzeug/exceptions.py ClientDisconnected
 */
export class ClientDisconnected extends BadRequest {}

/**
 * 400: something triggered a security check.
 *
 * @example
 * throw new SecurityError();
 * @see werkzeug/exceptions.py SecurityError
 */
export class SecurityError extends BadRequest {}

/**
 * 400: the Host header is malformed.
 *
 * @example
 * throw new BadHost();
 * @see werkzeug/exceptions.py BadHost
 */
export class BadHost extends BadRequest {}

/** Keyword arguments of `Unauthorized`. */
export interface UnauthorizedOptions extends HTTPExceptionOptions {
  /** One or several `WWW-Authenticate` header values. */
  wwwAuthenticate?:
    | string
    | { toString(): string }
    | Iterable<string | { toString(): string }>
    | null;
}

/**
 * 401: the client must authenticate.
 *
 * @example
 * throw new Unauthorized({ wwwAuthenticate: 'Basic realm="Login"' });
 * @see werkzeug/exceptions.py Unauthorized
 */
export class Unauthorized extends HTTPException {
  static override code: number | null = 401;
  static override description: string | null =
    "The server could not verify that you are authorized to access the URL requested. You" +
    " either supplied the wrong credentials (e.g. a bad password), or your browser doesn't" +
    " understand how to supply the credentials required.";

  /** The `WWW-Authenticate` values, each sent as its own header. */
  wwwAuthenticate: string[] | null;

  constructor(
    description?: string | UnauthorizedOptions | null,
    response?: unknown,
    wwwAuthenticate?: UnauthorizedOptions["wwwAuthenticate"],
  ) {
    super(description, response);
    const given = isOptions(description)
      ? (description.wwwAuthenticate ?? wwwAuthenticate)
      : wwwAuthenticate;
    if (given === undefined || given === null) {
      this.wwwAuthenticate = null;
    } else if (typeof given === "string" || !(Symbol.iterator in Object(given))) {
      this.wwwAuthenticate = [String(given)];
    } else {
      this.wwwAuthenticate = Array.from(given as Iterable<unknown>, String);
    }
  }

  override getHeaders(): [string, string][] {
    const headers = super.getHeaders();
    if (this.wwwAuthenticate && this.wwwAuthenticate.length > 0) {
      for (const value of this.wwwAuthenticate) headers.push(["WWW-Authenticate", value]);
    }
    return headers;
  }
}

/**
 * 403: authenticated but not allowed.
 *
 * @example
 * abort(403);
 * @see werkzeug/exceptions.py Forbidden
 */
export class Forbidden extends HTTPException {
  static override code: number | null = 403;
  static override description: string | null =
    "You don't have the permission to access the requested resource. It is either" +
    " read-protected or not readable by the server.";
}

/**
 * 404: no such resource.
 *
 * @example
 * throw new NotFound();
 * @see werkzeug/exceptions.py NotFound
 */
export class NotFound extends HTTPException {
  static override code: number | null = 404;
  static override description: string | null =
    "The requested URL was not found on the server. If you entered the URL manually please" +
    " check your spelling and try again.";
}

/** Keyword arguments of `MethodNotAllowed`. */
export interface MethodNotAllowedOptions extends HTTPExceptionOptions {
  /** The methods the URL does accept (sent in the `Allow` header). */
  validMethods?: Iterable<string> | null;
}

/**
 * 405: the URL exists but not for this method.
 *
 * @example
 * throw new MethodNotAllowed(["GET", "HEAD"]);
 * @see werkzeug/exceptions.py MethodNotAllowed
 */
export class MethodNotAllowed extends HTTPException {
  static override code: number | null = 405;
  static override description: string | null = "The method is not allowed for the requested URL.";

  /** The methods the URL accepts, or `null`. */
  validMethods: string[] | null;

  constructor(
    validMethods?: Iterable<string> | MethodNotAllowedOptions | null,
    description?: string | HTTPExceptionOptions | null,
    response?: unknown,
  ) {
    if (isOptions(validMethods)) {
      const options = validMethods as MethodNotAllowedOptions;
      super(options);
      this.validMethods = options.validMethods ? Array.from(options.validMethods) : null;
    } else {
      super(description, response);
      // A string is iterable: like Python, each character counts as one method.
      this.validMethods = validMethods ? Array.from(validMethods as Iterable<string>) : null;
    }
  }

  override getHeaders(): [string, string][] {
    const headers = super.getHeaders();
    if (this.validMethods && this.validMethods.length > 0) {
      headers.push(["Allow", this.validMethods.join(", ")]);
    }
    return headers;
  }
}

/**
 * 406: no representation matches the Accept headers.
 *
 * @example
 * abort(406);
 * @see werkzeug/exceptions.py NotAcceptable
 */
export class NotAcceptable extends HTTPException {
  static override code: number | null = 406;
  static override description: string | null =
    "The resource identified by the request is only capable of generating response entities" +
    " which have content characteristics not acceptable according to the accept headers sent" +
    " in the request.";
}

/**
 * 408: the client was too slow.
 *
 * @example
 * abort(408);
 * @see werkzeug/exceptions.py RequestTimeout
 */
export class RequestTimeout extends HTTPException {
  static override code: number | null = 408;
  static override description: string | null =
    "The server closed the network connection because the browser didn't finish the request" +
    " within the specified time.";
}

/**
 * 409: the request conflicts with the current state.
 *
 * @example
 * abort(409);
 * @see werkzeug/exceptions.py Conflict
 */
export class Conflict extends HTTPException {
  static override code: number | null = 409;
  static override description: string | null =
    "A conflict happened while processing the request. The resource might have been modified" +
    " while the request was being processed.";
}

/**
 * 410: the resource is gone for good.
 *
 * @example
 * abort(410);
 * @see werkzeug/exceptions.py Gone
 */
export class Gone extends HTTPException {
  static override code: number | null = 410;
  static override description: string | null =
    "The requested URL is no longer available on this server and there is no forwarding" +
    " address. If you followed a link from a foreign page, please contact the author of this" +
    " page.";
}

/**
 * 411: a Content-Length header is required.
 *
 * @example
 * abort(411);
 * @see werkzeug/exceptions.py LengthRequired
 */
export class LengthRequired extends HTTPException {
  static override code: number | null = 411;
  static override description: string | null =
    "A request with this method requires a valid <code>Content-Length</code> header.";
}

/**
 * 412: a conditional header did not hold.
 *
 * @example
 * abort(412);
 * @see werkzeug/exceptions.py PreconditionFailed
 */
export class PreconditionFailed extends HTTPException {
  static override code: number | null = 412;
  static override description: string | null =
    "The precondition on the request for the URL failed positive evaluation.";
}

/**
 * 413: the body is too large.
 *
 * @example
 * abort(413);
 * @see werkzeug/exceptions.py RequestEntityTooLarge
 */
export class RequestEntityTooLarge extends HTTPException {
  static override code: number | null = 413;
  static override description: string | null =
    "The data value transmitted exceeds the capacity limit.";
}

/**
 * 414: the URL is too long.
 *
 * @example
 * abort(414);
 * @see werkzeug/exceptions.py RequestURITooLarge
 */
export class RequestURITooLarge extends HTTPException {
  static override code: number | null = 414;
  static override description: string | null =
    "The length of the requested URL exceeds the capacity limit for this server. The request" +
    " cannot be processed.";
}

/**
 * 415: the body's media type is not supported.
 *
 * @example
 * abort(415);
 * @see werkzeug/exceptions.py UnsupportedMediaType
 */
export class UnsupportedMediaType extends HTTPException {
  static override code: number | null = 415;
  static override description: string | null =
    "The server does not support the media type transmitted in the request.";
}

/** Keyword arguments of `RequestedRangeNotSatisfiable`. */
export interface RangeOptions extends HTTPExceptionOptions {
  /** The full length of the resource, sent as `Content-Range: <units> *\/<length>`. */
  length?: number | null;
  /** The range unit, "bytes" unless given. */
  units?: string;
}

/**
 * 416: the requested range cannot be served.
 *
 * @example
 * throw new RequestedRangeNotSatisfiable({ length: 1024 });
 * @see werkzeug/exceptions.py RequestedRangeNotSatisfiable
 */
export class RequestedRangeNotSatisfiable extends HTTPException {
  static override code: number | null = 416;
  static override description: string | null = "The server cannot provide the requested range.";

  /** The resource length for the `Content-Range` header, or `null`. */
  length: number | null;
  /** The range unit. */
  units: string;

  constructor(
    length?: number | RangeOptions | null,
    units = "bytes",
    description?: string | HTTPExceptionOptions | null,
    response?: unknown,
  ) {
    if (isOptions(length)) {
      const options = length as RangeOptions;
      super(options);
      this.length = options.length ?? null;
      this.units = options.units ?? "bytes";
    } else {
      super(description, response);
      this.length = (length as number | null | undefined) ?? null;
      this.units = units;
    }
  }

  override getHeaders(): [string, string][] {
    const headers = super.getHeaders();
    if (this.length !== null) headers.push(["Content-Range", `${this.units} */${this.length}`]);
    return headers;
  }
}

/**
 * 417: the Expect header cannot be met.
 *
 * @example
 * abort(417);
 * @see werkzeug/exceptions.py ExpectationFailed
 */
export class ExpectationFailed extends HTTPException {
  static override code: number | null = 417;
  static override description: string | null =
    "The server could not meet the requirements of the Expect header";
}

/**
 * 418: this server is a teapot.
 *
 * @example
 * abort(418);
 * @see werkzeug/exceptions.py ImATeapot
 */
export class ImATeapot extends HTTPException {
  static override code: number | null = 418;
  static override description: string | null = "This server is a teapot, not a coffee machine";
}

/**
 * 421: the request reached a server that cannot answer it. Werkzeug 3.1 added this class;
 * Werkzeug 2.2 has no exception for 421.
 *
 * @example
 * abort(421);
 * @see werkzeug/exceptions.py MisdirectedRequest
 */
export class MisdirectedRequest extends HTTPException {
  static override code: number | null = 421;
  static override description: string | null = "The server is not able to produce a response.";
}

/**
 * 422: well-formed but semantically wrong.
 *
 * @example
 * abort(422);
 * @see werkzeug/exceptions.py UnprocessableEntity
 */
export class UnprocessableEntity extends HTTPException {
  static override code: number | null = 422;
  static override description: string | null =
    "The request was well-formed but was unable to be followed due to semantic errors.";
}

/**
 * 423: the resource is locked.
 *
 * @example
 * abort(423);
 * @see werkzeug/exceptions.py Locked
 */
export class Locked extends HTTPException {
  static override code: number | null = 423;
  static override description: string | null = "The resource that is being accessed is locked.";
}

/**
 * 424: a dependency of this action failed.
 *
 * @example
 * abort(424);
 * @see werkzeug/exceptions.py FailedDependency
 */
export class FailedDependency extends HTTPException {
  static override code: number | null = 424;
  static override description: string | null =
    "The method could not be performed on the resource because the requested action depended" +
    " on another action and that action failed.";
}

/**
 * 428: the request must be conditional.
 *
 * @example
 * abort(428);
 * @see werkzeug/exceptions.py PreconditionRequired
 */
export class PreconditionRequired extends HTTPException {
  static override code: number | null = 428;
  static override description: string | null =
    'This request is required to be conditional; try using "If-Match" or "If-Unmodified-Since".';
}

/** Keyword arguments of exceptions that can send `Retry-After`. */
export interface RetryAfterOptions extends HTTPExceptionOptions {
  /** Seconds to wait, or the moment to retry at. */
  retryAfter?: number | Date | null;
}

/**
 * Base of exceptions that may send a `Retry-After` header.
 *
 * @example
 * throw new TooManyRequests({ retryAfter: 60 });
 * @see werkzeug/exceptions.py _RetryAfter
 */
export class RetryAfterException extends HTTPException {
  /** Seconds or a date for the `Retry-After` header, or `null`. */
  retryAfter: number | Date | null;

  constructor(
    description?: string | RetryAfterOptions | null,
    response?: unknown,
    retryAfter?: number | Date | null,
  ) {
    super(description, response);
    this.retryAfter =
      (isOptions(description) ? (description as RetryAfterOptions).retryAfter : retryAfter) ?? null;
  }

  override getHeaders(): [string, string][] {
    const headers = super.getHeaders();
    // Python skips falsy values, so 0 seconds sends no header.
    if (this.retryAfter) {
      const value =
        this.retryAfter instanceof Date ? this.retryAfter.toUTCString() : String(this.retryAfter);
      headers.push(["Retry-After", value]);
    }
    return headers;
  }
}

/**
 * 429: rate limit exceeded.
 *
 * @example
 * throw new TooManyRequests({ retryAfter: 30 });
 * @see werkzeug/exceptions.py TooManyRequests
 */
export class TooManyRequests extends RetryAfterException {
  static override code: number | null = 429;
  static override description: string | null =
    "This user has exceeded an allotted request count. Try again later.";
}

/**
 * 431: the headers are too large.
 *
 * @example
 * abort(431);
 * @see werkzeug/exceptions.py RequestHeaderFieldsTooLarge
 */
export class RequestHeaderFieldsTooLarge extends HTTPException {
  static override code: number | null = 431;
  static override description: string | null =
    "One or more header fields exceeds the maximum size.";
}

/**
 * 451: blocked for legal reasons.
 *
 * @example
 * abort(451);
 * @see werkzeug/exceptions.py UnavailableForLegalReasons
 */
export class UnavailableForLegalReasons extends HTTPException {
  static override code: number | null = 451;
  static override description: string | null = "Unavailable for legal reasons.";
}

/** Keyword arguments of `InternalServerError`. */
export interface InternalServerErrorOptions extends HTTPExceptionOptions {
  /** The unhandled error that caused this 500. */
  originalError?: unknown;
}

/**
 * 500: the application failed; keeps the error that caused it.
 *
 * @example
 * throw new InternalServerError({ originalError: err });
 * @see werkzeug/exceptions.py InternalServerError
 */
export class InternalServerError extends HTTPException {
  static override code: number | null = 500;
  static override description: string | null =
    "The server encountered an internal error and was unable to complete your request. Either" +
    " the server is overloaded or there is an error in the application.";

  /** The unhandled error behind this 500, or `null` (Python's `original_exception`). */
  originalError: unknown;

  constructor(
    description?: string | InternalServerErrorOptions | null,
    response?: unknown,
    originalError?: unknown,
  ) {
    super(description, response);
    this.originalError =
      (isOptions(description) ? description.originalError : originalError) ?? null;
  }
}

/**
 * 501: the server does not support this action.
 *
 * @example
 * abort(501);
 * @see werkzeug/exceptions.py NotImplemented
 */
export class NotImplemented extends HTTPException {
  static override code: number | null = 501;
  static override description: string | null =
    "The server does not support the action requested by the browser.";
}

/**
 * 502: the upstream server answered badly.
 *
 * @example
 * abort(502);
 * @see werkzeug/exceptions.py BadGateway
 */
export class BadGateway extends HTTPException {
  static override code: number | null = 502;
  static override description: string | null =
    "The proxy server received an invalid response from an upstream server.";
}

/**
 * 503: temporarily unavailable.
 *
 * @example
 * throw new ServiceUnavailable({ retryAfter: 120 });
 * @see werkzeug/exceptions.py ServiceUnavailable
 */
export class ServiceUnavailable extends RetryAfterException {
  static override code: number | null = 503;
  static override description: string | null =
    "The server is temporarily unable to service your request due to maintenance downtime or" +
    " capacity problems. Please try again later.";
}

/**
 * 504: the upstream server timed out.
 *
 * @example
 * abort(504);
 * @see werkzeug/exceptions.py GatewayTimeout
 */
export class GatewayTimeout extends HTTPException {
  static override code: number | null = 504;
  static override description: string | null = "The connection to an upstream server timed out.";
}

/**
 * 505: unsupported HTTP version.
 *
 * @example
 * abort(505);
 * @see werkzeug/exceptions.py HTTPVersionNotSupported
 */
export class HTTPVersionNotSupported extends HTTPException {
  static override code: number | null = 505;
  static override description: string | null =
    "The server does not support the HTTP protocol version used in the request.";
}

/** A class of HTTP exception, as stored in `defaultExceptions`. */
export type HTTPExceptionClass = (new (...args: any[]) => HTTPException) & { code: number | null };

/**
 * Status code → exception class, the most general class per code.
 *
 * @example
 * defaultExceptions.get(404) === NotFound;
 * @see werkzeug/exceptions.py default_exceptions
 */
export const defaultExceptions: Map<number, HTTPExceptionClass> = new Map<
  number,
  HTTPExceptionClass
>([
  [400, BadRequest],
  [401, Unauthorized],
  [403, Forbidden],
  [404, NotFound],
  [405, MethodNotAllowed],
  [406, NotAcceptable],
  [408, RequestTimeout],
  [409, Conflict],
  [410, Gone],
  [411, LengthRequired],
  [412, PreconditionFailed],
  [413, RequestEntityTooLarge],
  [414, RequestURITooLarge],
  [415, UnsupportedMediaType],
  [416, RequestedRangeNotSatisfiable],
  [417, ExpectationFailed],
  [418, ImATeapot],
  [421, MisdirectedRequest],
  [422, UnprocessableEntity],
  [423, Locked],
  [424, FailedDependency],
  [428, PreconditionRequired],
  [429, TooManyRequests],
  [431, RequestHeaderFieldsTooLarge],
  [451, UnavailableForLegalReasons],
  [500, InternalServerError],
  [501, NotImplemented],
  [502, BadGateway],
  [503, ServiceUnavailable],
  [504, GatewayTimeout],
  [505, HTTPVersionNotSupported],
]);

/**
 * Throws the exception registered for a status code, or wraps a response in an HTTPException.
 *
 * @example
 * const aborter = new Aborter(undefined, new Map([[402, PaymentRequired]]));
 * aborter.abort(402);
 * @see werkzeug/exceptions.py Aborter
 */
export class Aborter {
  /** The code → class table this aborter uses. */
  readonly mapping: Map<number, HTTPExceptionClass>;

  constructor(
    mapping?: Map<number, HTTPExceptionClass> | null,
    extra?: Map<number, HTTPExceptionClass> | null,
  ) {
    this.mapping = new Map(mapping ?? defaultExceptions);
    if (extra) for (const [code, cls] of extra) this.mapping.set(code, cls);
  }

  /** Throw for `code` (extra arguments go to the exception's constructor) or for a response. */
  abort(code: number | object, ...args: unknown[]): never {
    if (typeof code === "object" && code !== null) throw new HTTPException({ response: code });
    const cls = typeof code === "number" ? this.mapping.get(code) : undefined;
    if (cls === undefined) {
      throw new LookupError(
        `no exception for ${typeof code === "string" ? `'${code}'` : String(code)}`,
      );
    }
    throw new cls(...args);
  }
}

const defaultAborter = new Aborter();

/**
 * Stop the request with an HTTP error: `abort(404)`, `abort(400, "Bad name")`, `abort(response)`.
 *
 * @example
 * abort(401, { wwwAuthenticate: 'Basic realm="Login"' });
 * @see werkzeug/exceptions.py abort
 */
export function abort(status: number | object, ...args: unknown[]): never {
  return defaultAborter.abort(status, ...args);
}
