import { describe, expect, it } from "vitest";
import * as exceptions from "../../sandbox-runtime/flask/exceptions.ts";
import {
  Aborter,
  abort,
  BadHost,
  BadRequest,
  BadRequestKeyError,
  defaultExceptions,
  Forbidden,
  HTTPException,
  InternalServerError,
  LookupError,
  MethodNotAllowed,
  NotFound,
  RequestedRangeNotSatisfiable,
  ServiceUnavailable,
  TooManyRequests,
  Unauthorized,
} from "../../sandbox-runtime/flask/exceptions.ts";

// Expected texts were taken from Werkzeug 3.1 (identical to 2.2 except that 2.2 has no 421).
// Columns: code, class, name, str(e), e.get_body().
const TABLE: [number, string, string, string, string][] = [
  [
    400,
    "BadRequest",
    "Bad Request",
    "400 Bad Request: The browser (or proxy) sent a request that this server could not understand.",
    "<!doctype html>\n<html lang=en>\n<title>400 Bad Request</title>\n<h1>Bad Request</h1>\n<p>The browser (or proxy) sent a request that this server could not understand.</p>\n",
  ],
  [
    401,
    "Unauthorized",
    "Unauthorized",
    "401 Unauthorized: The server could not verify that you are authorized to access the URL requested. You either supplied the wrong credentials (e.g. a bad password), or your browser doesn't understand how to supply the credentials required.",
    "<!doctype html>\n<html lang=en>\n<title>401 Unauthorized</title>\n<h1>Unauthorized</h1>\n<p>The server could not verify that you are authorized to access the URL requested. You either supplied the wrong credentials (e.g. a bad password), or your browser doesn&#39;t understand how to supply the credentials required.</p>\n",
  ],
  [
    403,
    "Forbidden",
    "Forbidden",
    "403 Forbidden: You don't have the permission to access the requested resource. It is either read-protected or not readable by the server.",
    "<!doctype html>\n<html lang=en>\n<title>403 Forbidden</title>\n<h1>Forbidden</h1>\n<p>You don&#39;t have the permission to access the requested resource. It is either read-protected or not readable by the server.</p>\n",
  ],
  [
    404,
    "NotFound",
    "Not Found",
    "404 Not Found: The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.",
    "<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n<p>The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.</p>\n",
  ],
  [
    405,
    "MethodNotAllowed",
    "Method Not Allowed",
    "405 Method Not Allowed: The method is not allowed for the requested URL.",
    "<!doctype html>\n<html lang=en>\n<title>405 Method Not Allowed</title>\n<h1>Method Not Allowed</h1>\n<p>The method is not allowed for the requested URL.</p>\n",
  ],
  [
    406,
    "NotAcceptable",
    "Not Acceptable",
    "406 Not Acceptable: The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request.",
    "<!doctype html>\n<html lang=en>\n<title>406 Not Acceptable</title>\n<h1>Not Acceptable</h1>\n<p>The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request.</p>\n",
  ],
  [
    408,
    "RequestTimeout",
    "Request Timeout",
    "408 Request Timeout: The server closed the network connection because the browser didn't finish the request within the specified time.",
    "<!doctype html>\n<html lang=en>\n<title>408 Request Timeout</title>\n<h1>Request Timeout</h1>\n<p>The server closed the network connection because the browser didn&#39;t finish the request within the specified time.</p>\n",
  ],
  [
    409,
    "Conflict",
    "Conflict",
    "409 Conflict: A conflict happened while processing the request. The resource might have been modified while the request was being processed.",
    "<!doctype html>\n<html lang=en>\n<title>409 Conflict</title>\n<h1>Conflict</h1>\n<p>A conflict happened while processing the request. The resource might have been modified while the request was being processed.</p>\n",
  ],
  [
    410,
    "Gone",
    "Gone",
    "410 Gone: The requested URL is no longer available on this server and there is no forwarding address. If you followed a link from a foreign page, please contact the author of this page.",
    "<!doctype html>\n<html lang=en>\n<title>410 Gone</title>\n<h1>Gone</h1>\n<p>The requested URL is no longer available on this server and there is no forwarding address. If you followed a link from a foreign page, please contact the author of this page.</p>\n",
  ],
  [
    411,
    "LengthRequired",
    "Length Required",
    "411 Length Required: A request with this method requires a valid <code>Content-Length</code> header.",
    "<!doctype html>\n<html lang=en>\n<title>411 Length Required</title>\n<h1>Length Required</h1>\n<p>A request with this method requires a valid &lt;code&gt;Content-Length&lt;/code&gt; header.</p>\n",
  ],
  [
    412,
    "PreconditionFailed",
    "Precondition Failed",
    "412 Precondition Failed: The precondition on the request for the URL failed positive evaluation.",
    "<!doctype html>\n<html lang=en>\n<title>412 Precondition Failed</title>\n<h1>Precondition Failed</h1>\n<p>The precondition on the request for the URL failed positive evaluation.</p>\n",
  ],
  [
    413,
    "RequestEntityTooLarge",
    "Request Entity Too Large",
    "413 Request Entity Too Large: The data value transmitted exceeds the capacity limit.",
    "<!doctype html>\n<html lang=en>\n<title>413 Request Entity Too Large</title>\n<h1>Request Entity Too Large</h1>\n<p>The data value transmitted exceeds the capacity limit.</p>\n",
  ],
  [
    414,
    "RequestURITooLarge",
    "Request URI Too Long",
    "414 Request URI Too Long: The length of the requested URL exceeds the capacity limit for this server. The request cannot be processed.",
    "<!doctype html>\n<html lang=en>\n<title>414 Request URI Too Long</title>\n<h1>Request URI Too Long</h1>\n<p>The length of the requested URL exceeds the capacity limit for this server. The request cannot be processed.</p>\n",
  ],
  [
    415,
    "UnsupportedMediaType",
    "Unsupported Media Type",
    "415 Unsupported Media Type: The server does not support the media type transmitted in the request.",
    "<!doctype html>\n<html lang=en>\n<title>415 Unsupported Media Type</title>\n<h1>Unsupported Media Type</h1>\n<p>The server does not support the media type transmitted in the request.</p>\n",
  ],
  [
    416,
    "RequestedRangeNotSatisfiable",
    "Requested Range Not Satisfiable",
    "416 Requested Range Not Satisfiable: The server cannot provide the requested range.",
    "<!doctype html>\n<html lang=en>\n<title>416 Requested Range Not Satisfiable</title>\n<h1>Requested Range Not Satisfiable</h1>\n<p>The server cannot provide the requested range.</p>\n",
  ],
  [
    417,
    "ExpectationFailed",
    "Expectation Failed",
    "417 Expectation Failed: The server could not meet the requirements of the Expect header",
    "<!doctype html>\n<html lang=en>\n<title>417 Expectation Failed</title>\n<h1>Expectation Failed</h1>\n<p>The server could not meet the requirements of the Expect header</p>\n",
  ],
  [
    418,
    "ImATeapot",
    "I'm a teapot",
    "418 I'm a teapot: This server is a teapot, not a coffee machine",
    "<!doctype html>\n<html lang=en>\n<title>418 I&#39;m a teapot</title>\n<h1>I&#39;m a teapot</h1>\n<p>This server is a teapot, not a coffee machine</p>\n",
  ],
  [
    421,
    "MisdirectedRequest",
    "Misdirected Request",
    "421 Misdirected Request: The server is not able to produce a response.",
    "<!doctype html>\n<html lang=en>\n<title>421 Misdirected Request</title>\n<h1>Misdirected Request</h1>\n<p>The server is not able to produce a response.</p>\n",
  ],
  [
    422,
    "UnprocessableEntity",
    "Unprocessable Entity",
    "422 Unprocessable Entity: The request was well-formed but was unable to be followed due to semantic errors.",
    "<!doctype html>\n<html lang=en>\n<title>422 Unprocessable Entity</title>\n<h1>Unprocessable Entity</h1>\n<p>The request was well-formed but was unable to be followed due to semantic errors.</p>\n",
  ],
  [
    423,
    "Locked",
    "Locked",
    "423 Locked: The resource that is being accessed is locked.",
    "<!doctype html>\n<html lang=en>\n<title>423 Locked</title>\n<h1>Locked</h1>\n<p>The resource that is being accessed is locked.</p>\n",
  ],
  [
    424,
    "FailedDependency",
    "Failed Dependency",
    "424 Failed Dependency: The method could not be performed on the resource because the requested action depended on another action and that action failed.",
    "<!doctype html>\n<html lang=en>\n<title>424 Failed Dependency</title>\n<h1>Failed Dependency</h1>\n<p>The method could not be performed on the resource because the requested action depended on another action and that action failed.</p>\n",
  ],
  [
    428,
    "PreconditionRequired",
    "Precondition Required",
    '428 Precondition Required: This request is required to be conditional; try using "If-Match" or "If-Unmodified-Since".',
    "<!doctype html>\n<html lang=en>\n<title>428 Precondition Required</title>\n<h1>Precondition Required</h1>\n<p>This request is required to be conditional; try using &#34;If-Match&#34; or &#34;If-Unmodified-Since&#34;.</p>\n",
  ],
  [
    429,
    "TooManyRequests",
    "Too Many Requests",
    "429 Too Many Requests: This user has exceeded an allotted request count. Try again later.",
    "<!doctype html>\n<html lang=en>\n<title>429 Too Many Requests</title>\n<h1>Too Many Requests</h1>\n<p>This user has exceeded an allotted request count. Try again later.</p>\n",
  ],
  [
    431,
    "RequestHeaderFieldsTooLarge",
    "Request Header Fields Too Large",
    "431 Request Header Fields Too Large: One or more header fields exceeds the maximum size.",
    "<!doctype html>\n<html lang=en>\n<title>431 Request Header Fields Too Large</title>\n<h1>Request Header Fields Too Large</h1>\n<p>One or more header fields exceeds the maximum size.</p>\n",
  ],
  [
    451,
    "UnavailableForLegalReasons",
    "Unavailable For Legal Reasons",
    "451 Unavailable For Legal Reasons: Unavailable for legal reasons.",
    "<!doctype html>\n<html lang=en>\n<title>451 Unavailable For Legal Reasons</title>\n<h1>Unavailable For Legal Reasons</h1>\n<p>Unavailable for legal reasons.</p>\n",
  ],
  [
    500,
    "InternalServerError",
    "Internal Server Error",
    "500 Internal Server Error: The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.",
    "<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n<h1>Internal Server Error</h1>\n<p>The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.</p>\n",
  ],
  [
    501,
    "NotImplemented",
    "Not Implemented",
    "501 Not Implemented: The server does not support the action requested by the browser.",
    "<!doctype html>\n<html lang=en>\n<title>501 Not Implemented</title>\n<h1>Not Implemented</h1>\n<p>The server does not support the action requested by the browser.</p>\n",
  ],
  [
    502,
    "BadGateway",
    "Bad Gateway",
    "502 Bad Gateway: The proxy server received an invalid response from an upstream server.",
    "<!doctype html>\n<html lang=en>\n<title>502 Bad Gateway</title>\n<h1>Bad Gateway</h1>\n<p>The proxy server received an invalid response from an upstream server.</p>\n",
  ],
  [
    503,
    "ServiceUnavailable",
    "Service Unavailable",
    "503 Service Unavailable: The server is temporarily unable to service your request due to maintenance downtime or capacity problems. Please try again later.",
    "<!doctype html>\n<html lang=en>\n<title>503 Service Unavailable</title>\n<h1>Service Unavailable</h1>\n<p>The server is temporarily unable to service your request due to maintenance downtime or capacity problems. Please try again later.</p>\n",
  ],
  [
    504,
    "GatewayTimeout",
    "Gateway Timeout",
    "504 Gateway Timeout: The connection to an upstream server timed out.",
    "<!doctype html>\n<html lang=en>\n<title>504 Gateway Timeout</title>\n<h1>Gateway Timeout</h1>\n<p>The connection to an upstream server timed out.</p>\n",
  ],
  [
    505,
    "HTTPVersionNotSupported",
    "HTTP Version Not Supported",
    "505 HTTP Version Not Supported: The server does not support the HTTP protocol version used in the request.",
    "<!doctype html>\n<html lang=en>\n<title>505 HTTP Version Not Supported</title>\n<h1>HTTP Version Not Supported</h1>\n<p>The server does not support the HTTP protocol version used in the request.</p>\n",
  ],
];

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("nothing was thrown");
}

describe("the exception classes", () => {
  it("defaultExceptions holds exactly Werkzeug's codes", () => {
    expect([...defaultExceptions.keys()]).toEqual(TABLE.map(([code]) => code));
  });

  it.each(TABLE)("%i %s", (code, className, name, text, body) => {
    const cls = defaultExceptions.get(code)!;
    expect(cls.name).toBe(className);
    expect((exceptions as Record<string, unknown>)[className]).toBe(cls);
    expect(cls.code).toBe(code);
    const error = new cls();
    expect(error).toBeInstanceOf(HTTPException);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe(code);
    expect(error.name).toBe(name);
    expect(error.toString()).toBe(text);
    expect(String(error)).toBe(text);
    expect(error.message).toBe(text);
    expect(error.getBody()).toBe(body);
    expect(error.repr()).toBe(`<${className} '${code}: ${name}'>`);
    expect(error.response).toBeNull();
  });

  it("escapes the description and turns newlines into <br>", () => {
    expect(new NotFound("<b>x</b> & 'y'\n\"z\"").getBody()).toBe(
      "<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n" +
        "<p>&lt;b&gt;x&lt;/b&gt; &amp; &#39;y&#39;<br>&#34;z&#34;</p>\n",
    );
    expect(String(new NotFound("custom"))).toBe("404 Not Found: custom");
    expect(new NotFound({ description: "opts" }).description).toBe("opts");
  });

  it("lets a subclass define its own code and description", () => {
    class Unknown extends HTTPException {
      static override code: number | null = 599;
    }
    const error = new Unknown();
    expect(String(error)).toBe("599 Unknown Error: None");
    expect(error.getBody()).toBe(
      "<!doctype html>\n<html lang=en>\n<title>599 Unknown Error</title>\n<h1>Unknown Error</h1>\n<p></p>\n",
    );
    class PaymentRequired extends HTTPException {
      static override code: number | null = 402;
      static override description: string | null = "Pay first.";
    }
    expect(String(new PaymentRequired())).toBe("402 Payment Required: Pay first.");
  });

  it("sends text/html by default", () => {
    expect(new Forbidden().getHeaders()).toEqual([["Content-Type", "text/html; charset=utf-8"]]);
  });

  it("MethodNotAllowed adds Allow", () => {
    expect(new MethodNotAllowed(["GET", "POST"]).getHeaders()).toEqual([
      ["Content-Type", "text/html; charset=utf-8"],
      ["Allow", "GET, POST"],
    ]);
    expect(new MethodNotAllowed().getHeaders()).toEqual([
      ["Content-Type", "text/html; charset=utf-8"],
    ]);
    // A string is iterable in Python too: each character is taken as a method.
    expect(new MethodNotAllowed("GET").getHeaders()).toContainEqual(["Allow", "G, E, T"]);
    expect(
      new MethodNotAllowed({ validMethods: ["PUT"], description: "no" }).getHeaders(),
    ).toContainEqual(["Allow", "PUT"]);
  });

  it("Unauthorized adds one WWW-Authenticate header per value", () => {
    expect(
      new Unauthorized({ wwwAuthenticate: ['Basic realm="a"', "Bearer"] }).getHeaders(),
    ).toEqual([
      ["Content-Type", "text/html; charset=utf-8"],
      ["WWW-Authenticate", 'Basic realm="a"'],
      ["WWW-Authenticate", "Bearer"],
    ]);
    expect(new Unauthorized(null, null, "Basic").getHeaders()).toContainEqual([
      "WWW-Authenticate",
      "Basic",
    ]);
    expect(new Unauthorized().getHeaders()).toHaveLength(1);
  });

  it("RequestedRangeNotSatisfiable adds Content-Range", () => {
    expect(new RequestedRangeNotSatisfiable(1024).getHeaders()).toContainEqual([
      "Content-Range",
      "bytes */1024",
    ]);
    expect(
      new RequestedRangeNotSatisfiable({ length: 1024, units: "items" }).getHeaders(),
    ).toContainEqual(["Content-Range", "items */1024"]);
    expect(new RequestedRangeNotSatisfiable().getHeaders()).toHaveLength(1);
  });

  it("TooManyRequests and ServiceUnavailable add Retry-After when given a truthy value", () => {
    expect(new TooManyRequests({ retryAfter: 60 }).getHeaders()).toContainEqual([
      "Retry-After",
      "60",
    ]);
    expect(new TooManyRequests({ retryAfter: 0 }).getHeaders()).toHaveLength(1);
    expect(
      new ServiceUnavailable({ retryAfter: new Date(Date.UTC(2015, 9, 21, 7, 28)) }).getHeaders(),
    ).toContainEqual(["Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"]);
  });

  it("InternalServerError keeps the original error", () => {
    const original = new Error("x");
    expect(new InternalServerError({ originalError: original }).originalError).toBe(original);
    expect(new InternalServerError(null, null, original).originalError).toBe(original);
    expect(new InternalServerError().originalError).toBeNull();
  });

  it("BadRequestKeyError shows the key only when asked", () => {
    const error = new BadRequestKeyError("user");
    expect(error).toBeInstanceOf(BadRequest);
    expect(error.args).toEqual(["user"]);
    expect(String(error)).toBe(
      "400 Bad Request: The browser (or proxy) sent a request that this server could not understand.",
    );
    error.showException = true;
    expect(error.description).toBe(
      "The browser (or proxy) sent a request that this server could not understand.\nKeyError: 'user'",
    );
    expect(error.getDescription()).toBe(
      "<p>The browser (or proxy) sent a request that this server could not understand.<br>KeyError: &#39;user&#39;</p>",
    );
    const bare = new BadRequestKeyError();
    bare.showException = true;
    expect(bare.description).toBe(
      "The browser (or proxy) sent a request that this server could not understand.\nKeyError: ",
    );
    error.description = "Missing.";
    expect(error.description).toBe("Missing.\nKeyError: 'user'");
  });

  it("BadHost is a BadRequest", () => {
    expect(new BadHost()).toBeInstanceOf(BadRequest);
    expect(new BadHost().code).toBe(400);
  });

  it("wraps a response with code null", () => {
    const response = { body: "R" };
    const error = new HTTPException({ response });
    expect(error.response).toBe(response);
    expect(error.code).toBeNull();
    expect(String(error)).toBe("??? Unknown Error: None");
    expect(error.repr()).toBe("<HTTPException '???: Unknown Error'>");
    expect(error.getBody()).toBe(
      "<!doctype html>\n<html lang=en>\n<title>None Unknown Error</title>\n<h1>Unknown Error</h1>\n<p></p>\n",
    );
  });
});

describe("abort", () => {
  it("throws the class for the code, passing the arguments on", () => {
    const error = caught(() => abort(404, "gone fishing"));
    expect(error).toBeInstanceOf(NotFound);
    expect(String(error)).toBe("404 Not Found: gone fishing");
    expect((caught(() => abort(405, ["GET"])) as MethodNotAllowed).getHeaders()).toContainEqual([
      "Allow",
      "GET",
    ]);
    expect(
      (caught(() => abort(401, { wwwAuthenticate: "Basic" })) as Unauthorized).wwwAuthenticate,
    ).toEqual(["Basic"]);
    expect(String(caught(() => abort(418)))).toBe(
      "418 I'm a teapot: This server is a teapot, not a coffee machine",
    );
  });

  it("knows 421 like Werkzeug 3.1 (2.2 has no class for it)", () => {
    expect(String(caught(() => abort(421)))).toBe(
      "421 Misdirected Request: The server is not able to produce a response.",
    );
  });

  it("throws a LookupError for a code without a class", () => {
    const error = caught(() => abort(299));
    expect(error).toBeInstanceOf(LookupError);
    expect((error as Error).message).toBe("no exception for 299");
    expect((error as Error).name).toBe("LookupError");
  });

  it("wraps a response object", () => {
    const response = new Response("teapot", { status: 418 });
    const error = caught(() => abort(response)) as HTTPException;
    expect(error.constructor).toBe(HTTPException);
    expect(error.response).toBe(response);
    expect(error.code).toBeNull();
  });

  it("Aborter takes extra classes", () => {
    class PaymentRequired extends HTTPException {
      static override code: number | null = 402;
    }
    const aborter = new Aborter(null, new globalThis.Map([[402, PaymentRequired]]));
    expect(caught(() => aborter.abort(402))).toBeInstanceOf(PaymentRequired);
    expect(caught(() => aborter.abort(404))).toBeInstanceOf(NotFound);
    expect(caught(() => abort(402))).toBeInstanceOf(LookupError);
  });
});
