import { describe, expect, it } from "vitest";
import type { WireResponse } from "../../sandbox-runtime/engines/worker/protocol.ts";
import { withPreviewScheme } from "../../sandbox-runtime/engines/worker/preview-response.ts";

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
