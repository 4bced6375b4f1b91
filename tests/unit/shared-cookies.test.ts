/**
 * `"cookies": "shared"` in a cell.json or exercise.json: the schemas take it, the one cookie jar
 * behaves like a browser's, `sendCheck` carries it from request to request, and the conformance
 * scripts keep cookies for it; `set-cookie` expectations match any one of an answer's cookies.
 */
import { describe, expect, it } from "vitest";
import { CookieJar } from "../../sandbox-runtime/engines/cookie-jar.ts";
import { createCellResponse } from "../../sandbox-runtime/engines/node-engine/cell-response.ts";
import { checkResponse, fetchWithJar, sendCheck } from "../../src/client/exercise-checks.ts";
import type { OutgoingRequest } from "../../src/client/request-form.ts";
import { cellManifestSchema } from "../../src/lib/cell-schema.ts";
import { exerciseManifestSchema } from "../../src/lib/exercise-schema.ts";
import {
  expectDifferences,
  expectsSetCookie,
  scriptOfJson,
} from "../conformance/harness/expect.ts";
import type { Result } from "../conformance/harness/normalize.ts";

const ok = { path: "/", expect: { status: 200 } };
const title = { en: "a", lt: "b", kk: "c" };

/** A stand-in cell: answers with the given Set-Cookie lines per path, records what it got. */
function fakeCell(setCookies: Record<string, string[]>) {
  const sent: OutgoingRequest[] = [];
  return {
    sent,
    cookieSent: (i: number) => sent[i]?.headers.find(([n]) => n === "Cookie")?.[1] ?? null,
    async fetch(request: OutgoingRequest) {
      sent.push(structuredClone(request));
      const path = request.path.replace(/\?.*$/, "");
      const lines = (setCookies[path] ?? []).map((v): [string, string] => ["Set-Cookie", v]);
      return createCellResponse(200, "OK", lines, new Uint8Array());
    },
  };
}

describe("the cookies field of cell.json and exercise.json", () => {
  it("defaults to separate and takes shared", () => {
    expect(cellManifestSchema.parse({ requests: [ok] }).cookies).toBe("separate");
    expect(cellManifestSchema.parse({ cookies: "shared", requests: [ok] }).cookies).toBe("shared");
    const exercise = { checks: [{ ...ok, title }], hints: [title] };
    expect(exerciseManifestSchema.parse(exercise).cookies).toBe("separate");
    expect(exerciseManifestSchema.parse({ ...exercise, cookies: "shared" }).cookies).toBe("shared");
  });

  it("refuses anything else, naming the field", () => {
    const result = cellManifestSchema.safeParse({ cookies: "keep", requests: [ok] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["cookies"]);
    expect(cellManifestSchema.shape.cookies.description).toMatch(/one cookie jar/);
  });
});

describe("CookieJar (sandbox-runtime/engines)", () => {
  it("keeps, sends by path, replaces and deletes as a browser does", () => {
    const jar = new CookieJar();
    const now = Date.parse("2026-01-01T00:00:00Z");
    const set = (path: string, ...lines: string[]) =>
      jar.store(
        createCellResponse(
          200,
          "OK",
          lines.map((l) => ["Set-Cookie", l]),
          new Uint8Array(),
        ).cookies,
        path,
        now,
      );
    set("/shop/add", "theme=dark; Path=/", "hint=1");
    expect(jar.header("/", now)).toBe("theme=dark");
    expect(jar.header("/shop/x?y=1", now)).toBe("hint=1; theme=dark");
    set("/theme", "theme=light; Path=/");
    expect(jar.header("/", now)).toBe("theme=light");
    set("/reset", "theme=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/");
    expect(jar.header("/", now)).toBeNull();
  });
});

describe("sendCheck with a shared jar", () => {
  it("sends what earlier answers set, and forgets what they deleted", async () => {
    const cell = fakeCell({
      "/login": ["session=abc; HttpOnly; Path=/"],
      "/logout": ["session=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/"],
    });
    const jar = new CookieJar();
    for (const path of ["/", "/login", "/", "/logout", "/"]) {
      await sendCheck(cell, { path, expect: { status: 200 } }, jar);
    }
    expect([0, 1, 2, 3, 4].map(cell.cookieSent)).toEqual([
      null,
      null,
      "session=abc",
      "session=abc",
      null,
    ]);
  });

  it("lets a request's own Cookie header win, and leaves the jar alone for it", async () => {
    const cell = fakeCell({ "/login": ["session=abc; Path=/"], "/": ["seen=1; Path=/"] });
    const jar = new CookieJar();
    await sendCheck(cell, { path: "/login", expect: { status: 200 } }, jar);
    await sendCheck(
      cell,
      { path: "/", headers: { Cookie: "session=forged" }, expect: { status: 200 } },
      jar,
    );
    await sendCheck(cell, { path: "/", expect: { status: 200 } }, jar);
    expect([1, 2].map(cell.cookieSent)).toEqual(["session=forged", "session=abc"]);
  });

  it("sends nothing from one check to the next without a jar, as before", async () => {
    const cell = fakeCell({ "/login": ["session=abc; Path=/"] });
    await sendCheck(cell, { path: "/login", expect: { status: 200 } });
    await sendCheck(cell, { path: "/", expect: { status: 200 } });
    expect(cell.cookieSent(1)).toBeNull();
  });

  it("fetchWithJar puts the jar's cookie on the request it shows", async () => {
    const jar = new CookieJar();
    jar.store([{ name: "a", value: "1", attributes: { path: "/" } }], "/");
    const request: OutgoingRequest = { method: "POST", path: "/p", headers: [] };
    await fetchWithJar(async () => ({ cookies: [] }), request, jar);
    expect(request.headers).toEqual([["Cookie", "a=1"]]);
  });
});

describe("set-cookie expectations", () => {
  const answer = createCellResponse(
    302,
    "FOUND",
    [
      ["Location", "/"],
      ["Set-Cookie", "theme=dark; Path=/"],
      ["Set-Cookie", "seen=1; Path=/"],
    ],
    new Uint8Array(),
  );

  it("sendCheck's comparison accepts any one of the answer's Set-Cookie headers", () => {
    expect(
      checkResponse({ status: 302, headers: { "set-cookie": "seen=1; Path=/" } }, answer),
    ).toEqual([]);
    expect(
      checkResponse({ status: 302, headers: { "Set-Cookie": "seen=2; Path=/" } }, answer),
    ).toEqual([
      {
        kind: "header",
        name: "Set-Cookie",
        expected: "seen=2; Path=/",
        actual: "theme=dark; Path=/\nseen=1; Path=/",
      },
    ]);
  });

  it("the conformance run holds them against Flask's raw Set-Cookie lines", () => {
    const { expects } = scriptOfJson({
      checks: [{ title, path: "/t", expect: { status: 302, headers: { "set-cookie": "b=2" } } }],
      hints: [],
    });
    expect(expectsSetCookie(expects!)).toBe(true);
    const result = (lines: string[]) =>
      ({
        request: "GET /t",
        status: 302,
        headers: {},
        setCookie: [],
        raw: { headers: lines.map((l) => ["Set-Cookie", l]) },
      }) as Result;
    expect(expectDifferences([result(["a=1", "b=2"])], expects!)).toEqual([]);
    expect(expectDifferences([result(["a=1"])], expects!).map((d) => d.field)).toEqual([
      "expect.headers.set-cookie",
    ]);
  });
});

describe("conformance scripts of shared cells", () => {
  it("keep cookies for a cell.json or exercise.json that shares them, not otherwise", () => {
    expect(scriptOfJson({ cookies: "shared", requests: ["GET /"] }).script).toMatchObject({
      keepCookies: true,
    });
    expect(scriptOfJson({ requests: ["GET /"] }).script).toEqual({ requests: ["GET /"] });
    const exercise = { cookies: "shared", checks: [{ ...ok, title }], hints: [] };
    expect(scriptOfJson(exercise).script).toMatchObject({ keepCookies: true });
  });
});
