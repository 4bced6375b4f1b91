import { describe, expect, test } from "vitest";
import { Flask, safeJoin, urlFor } from "flask";
import type { FileSource } from "flask/runtime";

const FILES: Record<string, string> = {
  "static/a.css": "body{}",
  "static/app.js": "console.log(1)",
  "static/img/logo.svg": "<svg/>",
  "static/data.bin": "\u0001",
  "assets/x.txt": "custom folder",
  "secret.py": "SECRET",
};

function files(): FileSource {
  return {
    readText: (p) => FILES[p] ?? null,
    stat: (p) =>
      p in FILES
        ? {
            size: new TextEncoder().encode(FILES[p]).byteLength,
            mtimeMs: 1_700_000_000_500,
            isFile: true,
          }
        : null,
  };
}

describe("static files", () => {
  test("served with MIME type, length, Last-Modified, ETag and no-cache", async () => {
    const app = new Flask("static_app", { files: files() });
    const res = await app.testClient().get("/static/a.css");
    expect(res.status).toBe("200 OK");
    expect(res.text).toBe("body{}");
    expect(res.headers.get("Content-Type")).toBe("text/css; charset=utf-8");
    expect(res.headers.get("Content-Length")).toBe("6");
    expect(res.headers.get("Content-Disposition")).toBe("inline; filename=a.css");
    expect(res.headers.get("Cache-Control")).toBe("no-cache");
    expect(res.headers.get("Last-Modified")).toBe("Tue, 14 Nov 2023 22:13:20 GMT");
    expect(res.headers.get("ETag")).toMatch(/^"1700000000\.5-6-\d+"$/);
    expect(res.headers.keys().slice(0, 6)).toEqual([
      "Content-Disposition",
      "Content-Type",
      "Content-Length",
      "Last-Modified",
      "Cache-Control",
      "ETag",
    ]);
    expect((await app.testClient().get("/static/app.js")).headers.get("Content-Type")).toBe(
      "text/javascript; charset=utf-8",
    );
    expect((await app.testClient().get("/static/img/logo.svg")).headers.get("Content-Type")).toBe(
      "image/svg+xml; charset=utf-8",
    );
  });

  test("conditional requests get 304 without a body", async () => {
    const app = new Flask("static_app", { files: files() });
    const c = app.testClient();
    const first = await c.get("/static/a.css");
    const etag = first.headers.get("ETag") as string;
    const byEtag = await c.get("/static/a.css", { headers: { "If-None-Match": etag } });
    expect([byEtag.statusCode, byEtag.text]).toEqual([304, ""]);
    const web = await app.request("/static/a.css", {
      headers: { "If-Modified-Since": "Tue, 14 Nov 2023 22:13:20 GMT" },
    });
    expect(web.status).toBe(304);
    expect(web.headers.get("content-type")).toBeNull();
    expect(web.headers.get("etag")).toBe(etag);
    const stale = await c.get("/static/a.css", { headers: { "If-None-Match": '"other"' } });
    expect(stale.statusCode).toBe(200);
  });

  test("no escape from the static folder, encoded or not", async () => {
    const app = new Flask("static_app", { files: files() });
    for (const path of [
      "/static/../secret.py",
      "/static/%2e%2e/secret.py",
      "/static/..%2fsecret.py",
      "/static/nope.txt",
    ]) {
      expect((await app.request(path)).status).toBe(404);
    }
    expect(safeJoin("static", "../secret.py")).toBeNull();
    expect(safeJoin("static", "a/../../secret.py")).toBeNull();
    expect(safeJoin("static", "css/a.css")).toBe("static/css/a.css");
  });

  test("HEAD sends headers only", async () => {
    const app = new Flask("static_app", { files: files() });
    const res = await app.request("/static/a.css", { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-length")).toBe("6");
    expect(await res.text()).toBe("");
  });

  test("custom folder and URL path; urlFor static", async () => {
    const app = new Flask("custom", {
      files: files(),
      staticFolder: "assets",
      staticUrlPath: "/s",
    });
    expect((await app.testClient().get("/s/x.txt")).text).toBe("custom folder");
    expect((await app.request("/static/a.css")).status).toBe(404);
    await app.testRequestContext().run(() => {
      expect(urlFor("static", { filename: "x.txt" })).toBe("/s/x.txt");
    });
    const none = new Flask("none", { files: files(), staticFolder: null });
    expect([...none.viewFunctions.keys()]).toEqual([]);
  });

  test("SEND_FILE_MAX_AGE_DEFAULT sets public max-age", async () => {
    const app = new Flask("cache", { files: files() });
    app.config.SEND_FILE_MAX_AGE_DEFAULT = 60;
    const res = await app.testClient().get("/static/a.css");
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=60");
    expect(res.headers.get("Expires")).toMatch(/GMT$/);
  });
});

describe("range requests", () => {
  test("206 with Content-Range; 416 past the end", async () => {
    const app = new Flask("range", { files: files() });
    const c = app.testClient();
    const first = await c.get("/static/app.js", { headers: { Range: "bytes=0-6" } });
    expect([
      first.statusCode,
      first.text,
      first.headers.get("Content-Range"),
      first.headers.get("Accept-Ranges"),
    ]).toEqual([206, "console", "bytes 0-6/14", "bytes"]);
    const tail = await c.get("/static/app.js", { headers: { Range: "bytes=8-" } });
    expect([tail.statusCode, tail.text, tail.headers.get("Content-Length")]).toEqual([
      206,
      "log(1)",
      "6",
    ]);
    const suffix = await c.get("/static/app.js", { headers: { Range: "bytes=-3" } });
    expect(suffix.text).toBe("(1)");
    const past = await c.get("/static/app.js", { headers: { Range: "bytes=100-200" } });
    expect([past.statusCode, past.headers.get("Content-Range")]).toEqual([416, "bytes */14"]);
    const whole = await c.get("/static/app.js");
    expect(whole.headers.get("Accept-Ranges")).toBeUndefined();
  });
});
