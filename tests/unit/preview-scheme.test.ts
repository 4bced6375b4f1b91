import { describe, expect, it } from "vitest";
import type { WireResponse } from "../../sandbox-runtime/engines/worker/protocol.ts";
import {
  limitPreviewBody,
  withPreviewScheme,
} from "../../sandbox-runtime/engines/worker/preview-response.ts";

const html = (body: string, type = "text/html; charset=utf-8", status = 200): WireResponse => ({
  status,
  statusText: "OK",
  headers: [
    ["Content-Type", type],
    ["Content-Length", String(new TextEncoder().encode(body).length)],
  ],
  body: new TextEncoder().encode(body),
});
const text = (response: WireResponse) => new TextDecoder().decode(response.body);
const META = '<meta name="color-scheme" content="dark">';

describe("withPreviewScheme", () => {
  it("gives a dark scheme to an HTML page without one, after its doctype", () => {
    const out = withPreviewScheme(html("<!DOCTYPE html>\n<h1>Hi</h1>"), "dark");
    expect(text(out)).toBe(`<!DOCTYPE html>${META}\n<h1>Hi</h1>`);
    expect(out.headers.map(([name]) => name)).toEqual(["Content-Type"]);
  });

  it("puts the meta first in a page with no doctype", () => {
    expect(text(withPreviewScheme(html("<h1>Hi</h1>"), "dark"))).toBe(`${META}<h1>Hi</h1>`);
  });

  it("leaves light previews, own schemes, other types and empty bodies as sent", () => {
    const cases: Array<[WireResponse, "light" | "dark"]> = [
      [html("<h1>Hi</h1>"), "light"],
      [html("<meta name='color-scheme' content='light'><h1>Hi</h1>"), "dark"],
      [html('<META NAME=color-scheme CONTENT="light dark">'), "dark"],
      [html('{"a": 1}', "application/json"), "dark"],
      [html("body { color: red }", "text/css"), "dark"],
      [html("", "text/html", 204), "dark"],
    ];
    for (const [response, scheme] of cases) {
      expect(withPreviewScheme(response, scheme)).toBe(response);
    }
  });
});

describe("limitPreviewBody", () => {
  const answer = (type: string, body: Uint8Array) => ({
    status: 200,
    statusText: "OK",
    headers: [
      ["Content-Type", type],
      ["Content-Length", String(body.length)],
    ] as Array<[string, string]>,
    body,
  });

  it("leaves a body within its limit alone", () => {
    const small = answer("text/html; charset=utf-8", new TextEncoder().encode("<h1>Hi</h1>"));
    expect(limitPreviewBody(small)).toBe(small);
  });

  it("cuts long text on a character boundary and says so", () => {
    const text = `${"ą".repeat(10)}${"a".repeat(100)}`;
    const cut = limitPreviewBody(
      answer("text/plain; charset=utf-8", new TextEncoder().encode(text)),
      {
        text: 21,
        other: 1000,
      },
    );
    const shown = new TextDecoder("utf-8", { fatal: true }).decode(cut.body);
    expect(shown.startsWith("ą".repeat(10))).toBe(true);
    expect(shown).toContain("[The preview shows the first 0 KB of this 0.0 MB answer.]");
    expect(cut.headers.some(([name]) => name === "Content-Length")).toBe(false);
  });

  it("replaces long binary data with a page saying how large it was", () => {
    const image = answer("image/png", new Uint8Array(2000));
    const page = limitPreviewBody(image, { text: 10, other: 1000 });
    expect(page.status).toBe(200);
    expect(new TextDecoder().decode(page.body)).toContain(
      "of image/png; the preview shows bodies up to",
    );
  });
});
