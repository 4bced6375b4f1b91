import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { compareResults, formatDifference } from "../conformance/harness/compare.ts";
import { CookieJar } from "../conformance/harness/cookie-jar.ts";
import { discoverCells, discoverPairs } from "../conformance/harness/discover.ts";
import { expectDifferences, scriptOfJson } from "../conformance/harness/expect.ts";
import { normalizeResponse, type Result } from "../conformance/harness/normalize.ts";
import { runFlaskSide } from "../conformance/harness/run-pair.ts";
import type { Script } from "../conformance/harness/script.ts";
import { decodeSession } from "../conformance/harness/session-cookie.ts";

const FIXTURE = fileURLToPath(
  new URL("../conformance/harness/fixtures/basics.py", import.meta.url),
);
const CONFORMANCE = fileURLToPath(new URL("../conformance/", import.meta.url));

type RawResult = Result & {
  raw: { status: string; headers: [string, string][]; body: string; requestTime: number };
};

async function flask(script: Script): Promise<RawResult[]> {
  const side = await runFlaskSide(FIXTURE, script, ["--raw"]);
  expect(side.problem).toBeUndefined();
  return side.results as RawResult[];
}

describe("run_flask.py under real Flask", () => {
  it("normalizes a plain response, a 404 and a relative redirect", async () => {
    const [hello, missing, go, gone] = await flask({
      requests: ["GET /", "GET /nope", "GET /go", "GET /gone"],
    });
    expect(hello).toMatchObject({
      request: "GET /",
      status: 200,
      statusText: "OK",
      headers: { "content-type": "text/html; charset=utf-8", "content-length": "13" },
      setCookie: [],
      body: { kind: "text", text: "Hello, Kolba!" },
    });
    expect(missing!.status).toBe(404);
    expect(missing!.statusText).toBe("NOT FOUND");
    expect(missing!.body).toMatchObject({
      kind: "text",
      text: expect.stringContaining("<title>404 Not Found</title>"),
    });
    expect(go!.status).toBe(302);
    expect(go!.headers!.location).toBe("/target");
    expect(gone!.status).toBe(410);
  });

  it("parses Set-Cookie attributes and makes Expires relative to the request", async () => {
    const [result] = await flask({ requests: ["GET /cookie"] });
    expect(result!.setCookie).toEqual([
      {
        name: "theme",
        value: "dark",
        attributes: {
          expires: "now+3600s",
          "max-age": "3600",
          httponly: true,
          path: "/",
          samesite: "Lax",
        },
      },
      {
        name: "old",
        value: "",
        attributes: { expires: "Thu, 01 Jan 1970 00:00:00 GMT", "max-age": "0", path: "/" },
      },
    ]);
  });

  it("parses JSON bodies as data and keeps their text", async () => {
    const [result] = await flask({ requests: ["GET /data"] });
    expect(result!.headers!["content-type"]).toBe("application/json");
    expect(result!.body).toEqual({
      kind: "json",
      text: '{"count":2,"name":"kolba","tags":["a","b"]}\n',
      data: { count: 2, name: "kolba", tags: ["a", "b"] },
    });
  });

  it("decodes the session cookie and keeps cookies between requests", async () => {
    const results = await flask({ keepCookies: true, requests: ["GET /login/ada", "GET /whoami"] });
    const [login, whoami] = results;
    expect(login!.setCookie![0]).toMatchObject({
      name: "session",
      value: "<session>",
      session: { user: "ada", pair: { $tuple: [1, 2] } },
      payload: `{"pair":{" t":[1,2]},"user":"ada"}`,
      attributes: { httponly: true, path: "/" },
    });
    expect(login!.headers!.vary).toBe("Cookie");
    expect(whoami!.body).toEqual({ kind: "text", text: "ada" });
    expect(whoami!.cookies).toEqual({
      session: { $session: { user: "ada", pair: { $tuple: [1, 2] } } },
    });
  });

  it("forgets cookies between requests unless asked, and drops a tampered session", async () => {
    const [, fresh, tampered] = await flask({
      requests: [
        "GET /login/ada",
        "GET /whoami",
        { path: "/whoami", cookies: { session: "eyJ1c2VyIjoiZXZlIn0.ZZZZZZ.c2lnbmF0dXJl" } },
      ],
    });
    expect(fresh!.body).toEqual({ kind: "text", text: "anonymous" });
    expect(tampered!.body).toEqual({ kind: "text", text: "anonymous" });
  });

  it("agrees with the TypeScript normalizer on the same raw responses", async () => {
    const results = await flask({
      requests: [
        "GET /",
        "GET /nope",
        "GET /go",
        "GET /cookie",
        "GET /data",
        "GET /login/ada",
        "OPTIONS /",
      ],
    });
    for (const result of results) {
      const { raw, request: _request, ...normalized } = result;
      const fromTs = normalizeResponse(
        {
          status: raw.status,
          headers: raw.headers,
          body: Buffer.from(raw.body, "base64"),
          requestTime: raw.requestTime,
        },
        ["content-type", "content-length", "location", "allow", "vary", "www-authenticate"],
      );
      expect(fromTs).toEqual(normalized);
    }
  });
});

describe("compareResults", () => {
  const base: Result = {
    request: "GET /",
    status: 200,
    statusText: "OK",
    headers: { "content-type": "application/json" },
    setCookie: [{ name: "a", value: "1", attributes: { path: "/" } }],
    body: { kind: "json", text: '{"a":1}\n', data: { a: 1 } },
  };
  const script: Script = { requests: ["GET /"] };

  it("finds nothing between equal results", () => {
    expect(compareResults([base], [structuredClone(base)], script)).toEqual([]);
  });

  it("reports each mutated field", () => {
    const mutated = structuredClone(base);
    mutated.status = 201;
    mutated.headers!["content-type"] = "text/html";
    mutated.setCookie![0]!.attributes.httponly = true;
    mutated.body = { kind: "json", text: '{"a":2}\n', data: { a: 2 } };
    const fields = compareResults([base], [mutated], script).map((d) => d.field);
    expect(fields).toEqual([
      "status",
      "headers.content-type",
      "set-cookie[0] a.attributes",
      "body.data",
    ]);
  });

  it("tells JSON formatting apart from data", () => {
    const spaced = structuredClone(base);
    spaced.body = { kind: "json", text: '{"a": 1}\n', data: { a: 1 } };
    const [difference] = compareResults([base], [spaced], script);
    expect(difference!.field).toBe("body.text");
    expect(difference!.note).toBe("formatting only; JSON data equal");
    expect(formatDifference(difference!)).toContain("GET /  body.text (formatting only");
  });

  it("honours ignore and the rule-methods normalizer", () => {
    const a: Result = {
      ...base,
      body: { kind: "text", text: "<Rule '/' (HEAD, GET, OPTIONS) -> i>" },
    };
    const b: Result = {
      ...base,
      statusText: "",
      body: { kind: "text", text: "<Rule '/' (GET, HEAD, OPTIONS) -> i>" },
    };
    expect(
      compareResults([a], [b], {
        ...script,
        ignore: {
          fields: ["statusText"],
          reason: "a test of leaving a field out of the comparison",
        },
        normalize: ["rule-methods"],
      }),
    ).toEqual([]);
    expect(compareResults([a], [b], script).map((d) => d.field)).toEqual([
      "statusText",
      "body.text",
    ]);
  });
});

describe("pair discovery", () => {
  it("finds pairs with all three files", () => {
    const pairs = discoverPairs(CONFORMANCE);
    expect(pairs.length).toBeGreaterThan(0);
    for (const pair of pairs) {
      expect(existsSync(pair.py), pair.py).toBe(true);
      expect(existsSync(pair.ts), pair.ts).toBe(true);
    }
    expect(pairs.some((p) => p.name.startsWith("harness/"))).toBe(false);
  });
});

describe("session cookie decoding", () => {
  it("reads plain and zlib-compressed payloads and untags Flask's tagged JSON", () => {
    const data = { user: "ada", pair: { " t": [1, 2] }, html: { " m": "<b>" } };
    const json = Buffer.from(JSON.stringify(data));
    const plain = `${json.toString("base64url")}.ZZZZZZ.c2ln`;
    const packed = `.${deflateSync(json).toString("base64url")}.ZZZZZZ.c2ln`;
    const expected = { user: "ada", pair: { $tuple: [1, 2] }, html: { $markup: "<b>" } };
    expect(decodeSession(plain)).toEqual(expected);
    expect(decodeSession(packed)).toEqual(expected);
    expect(decodeSession("dark")).toBeUndefined();
    expect(decodeSession("bm90LWpzb24.ZZZZZZ.c2ln")).toBeUndefined();
  });
});

describe("CookieJar", () => {
  const url = new URL("http://localhost/app/page");

  it("stores, replaces and expires cookies like Werkzeug 2.2's test client jar", () => {
    const jar = new CookieJar();
    jar.store(url, ["a=1; Path=/", "b=2; Path=/admin", "c=3; Domain=example.com; Path=/"]);
    expect(jar.header()).toBe("a=1; b=2");
    jar.store(url, ["a=9; Path=/"]);
    expect(jar.entries()).toEqual({ a: "9", b: "2" });
    jar.store(url, ["a=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/"]);
    expect(jar.entries()).toEqual({ b: "2" });
    jar.store(url, ["b=; Max-Age=0; Path=/admin"]);
    expect(jar.header()).toBeUndefined();
  });
});

describe("exercise scripts", () => {
  const exercise = {
    checks: [
      { title: { en: "x" }, path: "/a", expect: { status: 200, bodyIncludes: ["hi", "there"] } },
      {
        title: { en: "y" },
        method: "POST",
        path: "/b",
        form: { n: "1" },
        expect: { status: 302, location: "/c", headers: { "Content-Type": "text/plain" } },
      },
    ],
    hints: [],
  };

  it("every exercise's solution is a pair of its own, scripted by exercise.json", () => {
    const cells = discoverCells(fileURLToPath(new URL("../../cells/", import.meta.url)));
    const solution = cells.find((p) => p.name === "cells/dynamic-urls/exercise/solution");
    expect(solution?.py.endsWith("cells/dynamic-urls/exercise/solution/app.py")).toBe(true);
    expect(solution?.ts.endsWith("cells/dynamic-urls/exercise/solution/app.ts")).toBe(true);
    expect(solution?.script.endsWith("cells/dynamic-urls/exercise/exercise.json")).toBe(true);
  });

  it("turns checks into requests and keeps their expectations aside", () => {
    const { script, expects } = scriptOfJson(exercise);
    expect(script).toEqual({
      requests: [{ path: "/a" }, { method: "POST", path: "/b", form: { n: "1" } }],
      headers: ["content-type"],
    });
    expect(expects?.map((e) => e.status)).toEqual([200, 302]);
    expect(scriptOfJson({ requests: ["GET /"] })).toEqual({ script: { requests: ["GET /"] } });
  });

  it("reports where Flask's answers differ from the expectations", () => {
    const { expects } = scriptOfJson(exercise);
    const results: Result[] = [
      { request: "GET /a", status: 200, body: { kind: "text", text: "hi you" } },
      {
        request: "POST /b",
        status: 303,
        headers: { location: "/c", "content-type": "text/plain" },
      },
    ];
    expect(expectDifferences(results, expects!).map((d) => [d.request, d.field, d.port])).toEqual([
      ["GET /a", "expect.bodyIncludes", "there"],
      ["POST /b", "expect.status", 302],
    ]);
  });
});

describe("pair discovery filters", () => {
  it("keeps pairs whose path contains the filter", () => {
    const routing = discoverPairs(CONFORMANCE, "routing/");
    expect(routing.length).toBeGreaterThan(0);
    expect(routing.every((p) => p.name.startsWith("routing/"))).toBe(true);
    for (const pair of routing)
      expect(pair.py.endsWith(`${pair.name.split("/")[1]!.replace(/-/g, "_")}.py`)).toBe(true);
  });
});
