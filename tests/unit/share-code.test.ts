import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  changedFiles,
  decodeShare,
  encodeShare,
  isCellFilePath,
  MAX_SHARE_BYTES,
  MAX_SHARE_CHARS,
  MAX_SHARE_FILES,
  parseShareFragment,
  SHARE_VERSION,
  shareFragment,
} from "../../src/client/share-code.ts";

const original = {
  "app.ts": 'import { Flask } from "flask";\n',
  "models.ts": "export const n = 1;\n",
  "templates/index.html": "<h1>{{ title }}</h1>\n",
  "static/site.css": "body {}\n",
};

/** A payload made by hand: any JSON value, deflated, base64url. */
function payloadOf(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return deflateRawSync(Buffer.from(text, "utf8")).toString("base64url");
}

describe("share links", () => {
  it("round-trips changed files, Unicode included", async () => {
    const files = { "app.ts": "// Sveiki, Сәлем! 🧪\n", "templates/index.html": "<p>ą</p>" };
    const payload = await encodeShare(files);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeShare(payload, original)).toEqual({ ok: true, files });
  });

  it("writes the version into the payload", async () => {
    const payload = await encodeShare({ "app.ts": "x" });
    const { inflateRawSync } = await import("node:zlib");
    const json = JSON.parse(inflateRawSync(Buffer.from(payload, "base64url")).toString("utf8"));
    expect(json).toEqual({ v: SHARE_VERSION, files: { "app.ts": "x" } });
  });

  it("carries only the files that differ from the original", () => {
    const current = { ...original, "models.ts": "export const n = 2;\n" };
    expect(changedFiles(original, current)).toEqual({ "models.ts": "export const n = 2;\n" });
    expect(changedFiles(original, original)).toEqual({});
  });

  it("puts the cell and the payload in the fragment and reads them back", () => {
    const hash = shareFragment("routing/two-routes", "abc_-1");
    expect(hash).toBe("#share=routing/two-routes:abc_-1");
    expect(parseShareFragment(hash)).toEqual({ cell: "routing/two-routes", payload: "abc_-1" });
    expect(parseShareFragment("#routing")).toBeUndefined();
    expect(parseShareFragment("#share=no-colon")).toBeUndefined();
    expect(parseShareFragment("#share=%E0%A4%A:x")).toBeUndefined();
  });

  it("accepts only paths a cell can hold", () => {
    for (const ok of ["app.ts", "lib/models.ts", "templates/a/b.html", "static/site.css"])
      expect(isCellFilePath(ok), ok).toBe(true);
    for (const bad of [
      "",
      "/etc/passwd",
      "../app.ts",
      "templates/../../x.html",
      "./app.ts",
      "a//b.ts",
      "C:\\app.ts",
      "c:app.ts",
      "README.md",
      "package.json",
      "node_modules/flask/index.js",
      "templates",
      "app.ts\n",
    ])
      expect(isCellFilePath(bad), JSON.stringify(bad)).toBe(false);
  });
});

describe("a malformed share payload", () => {
  const cases: Array<[string, string, string, string?]> = [
    ["is longer than the limit", "A".repeat(MAX_SHARE_CHARS + 1), "tooLarge"],
    ["is not base64url", "abc+/=", "corrupt"],
    ["is empty", "", "corrupt"],
    ["has an impossible base64 length", "AAAAA", "corrupt"],
    ["is not deflate", Buffer.from("plain text, not deflated").toString("base64url"), "corrupt"],
    ["is not JSON", payloadOf("{ not json"), "corrupt"],
    [
      "is not UTF-8",
      deflateRawSync(Buffer.from([0xff, 0xfe, 0x7b])).toString("base64url"),
      "corrupt",
    ],
    ["is a JSON array", payloadOf([1, 2]), "corrupt"],
    ["is JSON null", payloadOf("null"), "corrupt"],
    ["has no version", payloadOf({ files: {} }), "version"],
    ["has another version", payloadOf({ v: 2, files: { "app.ts": "x" } }), "version"],
    ["has the version as a string", payloadOf({ v: "1", files: {} }), "version"],
    ["has files as a list", payloadOf({ v: 1, files: ["app.ts"] }), "corrupt"],
    ["has no files", payloadOf({ v: 1 }), "corrupt"],
    [
      "names a file the cell lacks",
      payloadOf({ v: 1, files: { "other.ts": "x" } }),
      "badFile",
      "other.ts",
    ],
    [
      "names a file no cell holds",
      payloadOf({ v: 1, files: { "README.md": "x" } }),
      "badFile",
      "README.md",
    ],
    [
      "climbs out with ..",
      payloadOf({ v: 1, files: { "../app.ts": "x" } }),
      "badFile",
      "../app.ts",
    ],
    ["uses an absolute path", payloadOf({ v: 1, files: { "/app.ts": "x" } }), "badFile", "/app.ts"],
    ["has a number as content", payloadOf({ v: 1, files: { "app.ts": 42 } }), "badFile", "app.ts"],
    [
      "has an object as content",
      payloadOf({ v: 1, files: { "app.ts": { a: 1 } } }),
      "badFile",
      "app.ts",
    ],
    ["has null as content", payloadOf({ v: 1, files: { "app.ts": null } }), "badFile", "app.ts"],
    [
      "has too many files",
      payloadOf({
        v: 1,
        files: Object.fromEntries(
          Array.from({ length: MAX_SHARE_FILES + 1 }, (_, i) => [`m${i}.ts`, ""]),
        ),
      }),
      "tooMany",
    ],
    [
      "inflates past the limit",
      payloadOf({ v: 1, files: { "app.ts": " ".repeat(MAX_SHARE_BYTES + 1) } }),
      "tooLarge",
    ],
  ];
  for (const [what, payload, problem, file] of cases) {
    it(`${what}: refused as ${problem}, nothing thrown`, async () => {
      const result = await decodeShare(payload, original);
      expect(result).toEqual(
        file === undefined ? { ok: false, problem } : { ok: false, problem, file },
      );
    });
  }

  it("a payload that inflates past the limit is still a short link", () => {
    const bomb = payloadOf({ v: 1, files: { "app.ts": " ".repeat(MAX_SHARE_BYTES + 1) } });
    expect(bomb.length).toBeLessThan(MAX_SHARE_CHARS);
  });

  it("a __proto__ key is a file the cell lacks, not a prototype", async () => {
    const payload = payloadOf('{"v":1,"files":{"__proto__":"x"}}');
    expect(await decodeShare(payload, original)).toEqual({
      ok: false,
      problem: "badFile",
      file: "__proto__",
    });
  });
});
