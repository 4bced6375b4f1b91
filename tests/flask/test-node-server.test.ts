/**
 * The Node adapter reads requests straight from node:http. Whatever reaches a view must be what
 * a web `Request` built from the same message would have given, so each case here sends the same
 * bytes over a socket and, as a web Request, through `app.handle`, and compares the answers.
 */
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  Flask,
  Headers,
  jsonify,
  Response,
  request,
  SecureCookieSessionInterface,
  session,
} from "../../sandbox-runtime/engines/node/flask.ts";
import { webHeaderList } from "../../sandbox-runtime/engines/node/incoming.ts";
import { logTime } from "../../sandbox-runtime/engines/request-log.ts";
import { utf8Length } from "../../sandbox-runtime/flask/wrappers/response.ts";

/** Everything a view can read from the request, as JSON. */
function echoApp(): Flask {
  const app = new Flask("echo");
  app.route("/echo", { methods: ["GET", "POST", "PUT", "DELETE", "PATCH"] }, function echo() {
    const files: Record<string, unknown> = {};
    for (const [name, file] of request.files.items(true)) {
      files[name] = [file.filename, file.contentType, new TextDecoder().decode(file.read())];
    }
    return jsonify({
      method: request.method,
      url: request.url,
      path: request.path,
      fullPath: request.fullPath,
      host: request.host,
      headers: request.headers.toList(),
      args: [...request.args.items(true)],
      cookies: [...request.cookies.items(true)],
      form: [...request.form.items(true)],
      files,
      json: request.isJson ? request.getJson({ silent: true }) : null,
      data: request.getData({ asText: true }),
      contentLength: request.contentLength,
    });
  });
  return app;
}

/** Send raw bytes and collect the whole answer (the request says Connection: close). */
function rawExchange(port: number, text: string | Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(text));
    const chunks: Buffer[] = [];
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    socket.on("error", reject);
    setTimeout(() => {
      socket.destroy();
      resolve(Buffer.concat(chunks).toString("utf8"));
    }, 2000);
  });
}

interface Case {
  name: string;
  method: string;
  target: string;
  headers: [string, string][];
  body?: string;
  /** Send the body with Transfer-Encoding: chunked, in pieces of this size. */
  chunked?: number;
}

const BOUNDARY = "----kolba";
const multipart = [
  `--${BOUNDARY}`,
  'Content-Disposition: form-data; name="title"',
  "",
  "Labas, pasauli",
  `--${BOUNDARY}`,
  'Content-Disposition: form-data; name="note"; filename="note.txt"',
  "Content-Type: text/plain",
  "",
  "Сәлем, әлем!",
  `--${BOUNDARY}--`,
  "",
].join("\r\n");

const cases: Case[] = [
  {
    name: "mixed-case and repeated headers, cookies and a query string",
    method: "GET",
    target: "/echo?a=1&b=%C4%85&a=2&empty=&plus=x+y",
    headers: [
      ["X-Tag", "one"],
      ["Accept", "text/html"],
      ["x-tag", "two"],
      ["Cookie", "theme=dark"],
      ["cookie", "lang=lt; user=ana"],
      ["X-Padded", "  kept inside  "],
      ["User-Agent", "kolba-test/1.0"],
    ],
  },
  {
    name: "a urlencoded form",
    method: "POST",
    target: "/echo",
    headers: [["Content-Type", "application/x-www-form-urlencoded"]],
    body: "name=Ona&city=Vilnius&name=R%C5%ABta&text=a+b",
  },
  {
    name: "a multipart form with a file",
    method: "POST",
    target: "/echo?x=1",
    headers: [["Content-Type", `multipart/form-data; boundary=${BOUNDARY}`]],
    body: multipart,
  },
  {
    name: "a JSON body",
    method: "PUT",
    target: "/echo",
    headers: [["Content-Type", "application/json"]],
    body: JSON.stringify({ name: "Айгүл", items: [1, 2, 3] }),
  },
  {
    name: "a chunked JSON body",
    method: "PATCH",
    target: "/echo",
    headers: [["Content-Type", "application/json; charset=utf-8"]],
    body: JSON.stringify({ long: "ą".repeat(300) }),
    chunked: 64,
  },
  {
    name: "a body on DELETE and a percent-encoded path",
    method: "DELETE",
    target: "/ech%6F?q=%20",
    headers: [["Content-Type", "text/plain"]],
    body: "raw text",
  },
];

const encoder = new TextEncoder();

function rawRequest(port: number, c: Case): Uint8Array {
  const body = c.body === undefined ? undefined : encoder.encode(c.body);
  const lines = [`${c.method} ${c.target} HTTP/1.1`, `Host: 127.0.0.1:${port}`];
  for (const [name, value] of c.headers) lines.push(`${name}: ${value}`);
  const parts: Uint8Array[] = [];
  if (body && c.chunked) {
    lines.push("Transfer-Encoding: chunked");
    parts.push(encoder.encode(`${lines.join("\r\n")}\r\nConnection: close\r\n\r\n`));
    for (let at = 0; at < body.length; at += c.chunked) {
      const piece = body.subarray(at, at + c.chunked);
      parts.push(encoder.encode(`${piece.length.toString(16)}\r\n`), piece, encoder.encode("\r\n"));
    }
    parts.push(encoder.encode("0\r\n\r\n"));
  } else {
    if (body) lines.push(`Content-Length: ${body.length}`);
    parts.push(encoder.encode(`${lines.join("\r\n")}\r\nConnection: close\r\n\r\n`));
    if (body) parts.push(body);
  }
  return Buffer.concat(parts);
}

/** The same request as a web Request, header for header as node:http received it. */
function webRequest(port: number, c: Case): Request {
  const headers = new globalThis.Headers();
  headers.append("Host", `127.0.0.1:${port}`);
  for (const [name, value] of c.headers) headers.append(name, value);
  if (c.body !== undefined) {
    if (c.chunked) headers.append("Transfer-Encoding", "chunked");
    else headers.append("Content-Length", String(encoder.encode(c.body).length));
  }
  headers.append("Connection", "close");
  return new Request(`http://127.0.0.1:${port}${c.target}`, {
    method: c.method,
    headers,
    body: c.body,
  });
}

describe("the Node adapter's requests", () => {
  const app = echoApp();
  let port = 0;
  let close: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    const server = await app.run({ port: 0, quiet: true });
    port = server?.port ?? 0;
    close = server?.close ?? close;
  });
  afterAll(() => close());

  for (const c of cases) {
    test(`${c.name}: the view reads what a web Request gives it`, async () => {
      const answer = await rawExchange(port, rawRequest(port, c));
      const [head, body] = answer.split("\r\n\r\n", 2) as [string, string];
      expect(head.startsWith("HTTP/1.1 200 OK")).toBe(true);
      const viaSocket = JSON.parse(body);
      const viaWeb = JSON.parse(await (await app.handle(webRequest(port, c))).text);
      expect(viaSocket).toEqual(viaWeb);
      expect(viaSocket.method).toBe(c.method);
    });
  }

  test("the header list is a web Headers object's: lower case, sorted, repeats joined", async () => {
    const answer = await rawExchange(port, rawRequest(port, cases[0] as Case));
    const { headers, cookies } = JSON.parse(answer.split("\r\n\r\n", 2)[1] as string);
    expect(headers).toContainEqual(["x-tag", "one, two"]);
    expect(headers).toContainEqual(["cookie", "theme=dark; lang=lt; user=ana"]);
    expect(headers).toContainEqual(["x-padded", "kept inside"]);
    const names = (headers as [string, string][]).map(([name]) => name);
    expect(names).toEqual([...names].sort());
    expect(cookies).toEqual([
      ["theme", "dark"],
      ["lang", "lt"],
      ["user", "ana"],
    ]);
  });

  test("TRACE reaches the app, which answers 405 with Allow, as Flask does", async () => {
    const answer = await rawExchange(
      port,
      "TRACE /echo HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    expect(answer).toMatch(/^HTTP\/1\.1 405 METHOD NOT ALLOWED\r\n/);
    expect(answer).toMatch(/\r\nAllow: DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT\r\n/i);
  });

  test("requests a web Request refuses get 400, and the server keeps answering", async () => {
    for (const text of [
      "GET /echo HTTP/1.1\r\nHost: user:secret@x\r\nConnection: close\r\n\r\n",
      "GET /echo HTTP/1.1\r\nHost: exa mple\r\nConnection: close\r\n\r\n",
      "GET echo HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    ]) {
      const answer = await rawExchange(port, text);
      expect(answer.startsWith("HTTP/1.1 400 Bad Request"), text).toBe(true);
    }
    const ok = await fetch(`http://127.0.0.1:${port}/echo?after=1`);
    expect(ok.status).toBe(200);
  });

  test("a body past MAX_CONTENT_LENGTH is refused and the server keeps answering", async () => {
    app.config.MAX_CONTENT_LENGTH = 8;
    try {
      const body = "x=".padEnd(64, "y");
      const answer = await rawExchange(
        port,
        rawRequest(port, {
          name: "too large",
          method: "POST",
          target: "/echo",
          headers: [["Content-Type", "application/x-www-form-urlencoded"]],
          body,
          chunked: 16,
        }),
      );
      // Werkzeug's answer: 413 with its page, and the connection closes (the rest is discarded).
      expect(answer).toMatch(/^HTTP\/1\.1 413 REQUEST ENTITY TOO LARGE\r\n/);
      expect(answer).toMatch(/\r\nConnection: close\r\n/i);
      expect(answer).toContain("The data value transmitted exceeds the capacity limit.");
    } finally {
      app.config.MAX_CONTENT_LENGTH = null;
    }
    expect((await fetch(`http://127.0.0.1:${port}/echo`)).status).toBe(200);
  });
});

describe("webHeaderList", () => {
  const samples: string[][] = [
    ["Host", "h", "Accept", "a", "ACCEPT", "b", "X-Empty", "", "x-empty", "v"],
    ["Cookie", "a=1", "cookie", "b=2", "Set-Cookie", "s=1", "set-cookie", "s=2", "Z", "\tz\t"],
    ["b", "2", "a", "1", "B", "3", "a-b", "4", "A_b", "5"],
    [],
  ];
  for (const raw of samples) {
    test(`lists ${JSON.stringify(raw)} as the port lists a web Headers object`, () => {
      const web = new globalThis.Headers();
      for (let i = 0; i < raw.length; i += 2) web.append(raw[i] as string, raw[i + 1] as string);
      expect(new Headers(webHeaderList(raw)).toList()).toEqual(new Headers(web).toList());
    });
  }

  test("refuses a value a web Headers object refuses", () => {
    expect(() => webHeaderList(["X", "a\u0000b"])).toThrow(/header x/);
  });
});

describe("bodies and the request log", () => {
  test("utf8Length counts bytes as TextEncoder writes them", () => {
    for (const text of ["", "Hello", "ą ė ū", "Сәлем", "😀 a", "\ud800", "x\udc00y", "\ud83d"]) {
      expect(utf8Length(text), JSON.stringify(text)).toBe(new TextEncoder().encode(text).length);
    }
  });

  test("a text body goes out as text and reads back as the same bytes", () => {
    const res = new Response("Sveiki, Ąžuolai!");
    expect(res.wireBody()).toBe("Sveiki, Ąžuolai!");
    expect(res.headers.get("Content-Length")).toBe("18");
    expect(new TextDecoder().decode(res.getData())).toBe("Sveiki, Ąžuolai!");
    expect(res.wireBody()).toEqual(new TextEncoder().encode("Sveiki, Ąžuolai!"));
    expect(String(res)).toBe("<Response 18 bytes [200 OK]>");
  });

  test("the log time is Werkzeug's, the same within a second", () => {
    const at = new Date(2026, 10, 22, 5, 7, 9, 100).getTime();
    expect(logTime(at)).toBe("22/Nov/2026 05:07:09");
    expect(logTime(at + 800)).toBe("22/Nov/2026 05:07:09");
    expect(logTime(at + 900)).toBe("22/Nov/2026 05:07:10");
  });
});

describe("a session nobody touches", () => {
  test("is never built, and one a view reads is", async () => {
    const app = new Flask("sessions");
    app.secretKey = "dev";
    app.route("/quiet", function quiet() {
      return "quiet";
    });
    app.route("/reads", function reads() {
      return String(session.get("user") ?? "none");
    });
    const ctx = app.testRequestContext("/quiet");
    await ctx.run(() => {
      expect(ctx.sessionInUse).toBe(false);
      expect(ctx.hasSession).toBe(true);
      expect(session.get("user")).toBeUndefined();
      expect(ctx.sessionInUse).toBe(true);
    });
    const quiet = await app.testClient().get("/quiet");
    expect(quiet.headers.get("Vary")).toBeUndefined();
    const reads = await app.testClient().get("/reads");
    expect(reads.text).toBe("none");
    expect(reads.headers.get("Vary")).toBe("Cookie");
  });

  test("a session interface that saves its own way still sees every session", async () => {
    class Stamped extends SecureCookieSessionInterface {
      override async saveSession(
        ...args: Parameters<SecureCookieSessionInterface["saveSession"]>
      ): Promise<void> {
        args[2].setCookie("stamp", "1", {});
      }
    }
    const app = new Flask("stamped");
    app.secretKey = "dev";
    app.sessionInterface = new Stamped();
    app.route("/", function index() {
      return "ok";
    });
    const res = await app.testClient().get("/");
    expect(res.headers.getAll("Set-Cookie")).toEqual(["stamp=1; Path=/"]);
  });
});
