import { describe, expect, it } from "vitest";
import { checkResponse, sendCheck } from "../../src/client/exercise-checks.ts";
import { cookiesOf } from "../../src/client/inspector-view.ts";
import { previewOriginFor } from "../../src/client/preview-origin.ts";
import {
  buildRequest,
  declaredRequest,
  parseHeaderLines,
  RequestFormError,
} from "../../src/client/request-form.ts";
import { routeLinks } from "../../src/client/route-links.ts";
import { normalizePath, UrlHistory } from "../../src/client/url-history.ts";

describe("UrlHistory", () => {
  it("goes back and forward like a browser", () => {
    const history = new UrlHistory("/");
    history.visit("/a");
    history.visit("/b");
    expect(history.back()).toBe("/a");
    expect(history.back()).toBe("/");
    expect(history.back()).toBeUndefined();
    expect(history.canGoForward).toBe(true);
    expect(history.forward()).toBe("/a");
    history.visit("/c");
    expect(history.canGoForward).toBe(false);
    expect(history.back()).toBe("/a");
  });

  it("does not add an entry for a reload or for the load a step back causes", () => {
    const history = new UrlHistory("/");
    history.visit("/a");
    history.visit("/a");
    expect(history.back()).toBe("/");
    history.visit("/");
    expect(history.canGoForward).toBe(true);
    expect(history.current).toBe("/");
  });
});

describe("normalizePath", () => {
  it("turns what was typed into an app path", () => {
    expect(normalizePath("hello/Ona?x=1")).toBe("/hello/Ona?x=1");
    expect(normalizePath("  ")).toBe("/");
    expect(normalizePath("/a#top")).toBe("/a");
    expect(normalizePath("http://localhost:5000/user/3?tab=1")).toBe("/user/3?tab=1");
  });
});

describe("previewOriginFor", () => {
  it("takes the next port on a numbered port, else a preview. host", () => {
    expect(previewOriginFor({ protocol: "http:", hostname: "127.0.0.1", port: "4399" })).toBe(
      "http://127.0.0.1:4400",
    );
    expect(previewOriginFor({ protocol: "https:", hostname: "kolba.example", port: "" })).toBe(
      "https://preview.kolba.example",
    );
  });
});

describe("request builder", () => {
  it("joins the query, parses headers and sends a form body", () => {
    const request = buildRequest({
      method: "post",
      path: "add",
      query: "?next=/a&x=1",
      headers: "X-Test: 1\n\nCookie: a=1; b=2",
      bodyKind: "form",
      body: "name=Ona Petraitė\nage=30",
    });
    expect(request).toEqual({
      method: "POST",
      path: "/add?next=/a&x=1",
      headers: [
        ["X-Test", "1"],
        ["Cookie", "a=1; b=2"],
        ["Content-Type", "application/x-www-form-urlencoded"],
      ],
      body: "name=Ona+Petrait%C4%97&age=30",
    });
    expect(cookiesOf(request.headers)).toEqual(["a=1", "b=2"]);
  });

  it("checks JSON and keeps a Content-Type the learner gave", () => {
    const base = { method: "PUT", path: "/x", query: "", bodyKind: "json" as const };
    expect(() => buildRequest({ ...base, headers: "", body: "{nope" })).toThrow(RequestFormError);
    expect(
      buildRequest({ ...base, headers: "content-type: application/vnd+json", body: "[1]" }),
    ).toEqual({
      method: "PUT",
      path: "/x",
      headers: [["content-type", "application/vnd+json"]],
      body: "[1]",
    });
  });

  it("refuses a line that is not a header", () => {
    expect(() => parseHeaderLines("no colon here")).toThrow(/Not a header line/);
  });

  it("says which field is wrong and what is at fault, for the pane to word in its language", () => {
    const caught = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error as RequestFormError;
      }
      throw new Error("nothing was thrown");
    };
    const line = caught(() => parseHeaderLines("Accept: */*\n  no colon here  "));
    expect([line.field, line.problem, line.detail]).toEqual([
      "headers",
      "headerLine",
      "no colon here",
    ]);
    const json = caught(() =>
      buildRequest({
        method: "POST",
        path: "/",
        query: "",
        headers: "",
        bodyKind: "json",
        body: "{nope",
      }),
    );
    expect([json.field, json.problem]).toEqual(["body", "json"]);
    expect(json.detail).toMatch(/JSON|position|token/i);
  });

  it("turns a cell.json request into a request", () => {
    expect(declaredRequest({ method: "POST", path: "/f", form: { a: "1 2" } })).toEqual({
      method: "POST",
      path: "/f",
      headers: [["Content-Type", "application/x-www-form-urlencoded"]],
      body: "a=1+2",
    });
    expect(declaredRequest({ path: "/j", json: { a: 1 } }).body).toBe('{"a":1}');
    expect(declaredRequest({ path: "/" })).toEqual({ method: "GET", path: "/", headers: [] });
  });
});

describe("checkResponse", () => {
  const response = (status: number, body: string, headers: Record<string, string> = {}) => ({
    status,
    text: () => body,
    header: (name: string) => headers[name.toLowerCase()] ?? null,
  });

  it("passes an answer that matches", () => {
    expect(
      checkResponse(
        { status: 200, bodyEquals: "Blog", headers: { "content-type": "text/plain" } },
        response(200, "Blog", { "content-type": "text/plain" }),
      ),
    ).toEqual([]);
  });

  it("says what came back, in one shortened line", () => {
    const long = `<h1>\n  Kolba\n</h1>${"x".repeat(200)}`;
    const [failure] = checkResponse({ status: 200, bodyEquals: "Blog" }, response(200, long, {}));
    expect(failure).toMatchObject({ kind: "body", expected: "Blog" });
    const actual = failure?.kind === "body" ? failure.actual : "";
    expect(actual.startsWith("<h1> Kolba </h1>xxx")).toBe(true);
    expect(actual).toHaveLength(120);
    expect(actual.endsWith("…")).toBe(true);
  });

  it("lists every difference", () => {
    expect(
      checkResponse(
        { status: 308, bodyIncludes: ["a", "b"], location: "http://localhost/blog/" },
        response(200, "a", { location: "/elsewhere" }),
      ),
    ).toEqual([
      { kind: "status", expected: 308, actual: 200 },
      { kind: "text", expected: "b", actual: "a" },
      {
        kind: "header",
        name: "Location",
        expected: "http://localhost/blog/",
        actual: "/elsewhere",
      },
    ]);
  });
});

describe("routeLinks", () => {
  const route = (rule: string, methods: string[], endpoint = rule) => ({ rule, methods, endpoint });
  it("offers declared paths, then the URL map's GET rules without variable parts", () => {
    const routes = [
      route("/static/<path:filename>", ["GET", "HEAD", "OPTIONS"], "static"),
      route("/", ["GET", "HEAD", "OPTIONS"]),
      route("/user/<int:id>", ["GET", "HEAD", "OPTIONS"]),
      route("/about", ["GET", "HEAD", "OPTIONS"]),
      route("/add", ["OPTIONS", "POST"]),
      route("/both", ["GET", "HEAD", "OPTIONS", "POST"]),
      route("/hello/Ona", ["GET", "HEAD", "OPTIONS"]),
    ];
    expect(routeLinks(["/hello/Ona"], routes)).toEqual(["/hello/Ona", "/", "/about", "/both"]);
  });
  it("offers only the declared paths before the app has run", () => {
    expect(routeLinks(["/", "/x"], [])).toEqual(["/", "/x"]);
  });
});

describe("sendCheck", () => {
  it("sends the declared request as Flask's test client would, and checks the answer", async () => {
    const sent: unknown[] = [];
    const cell = {
      fetch: async (request: unknown) => {
        sent.push(request);
        return { status: 404, text: () => "", header: () => null };
      },
    };
    const failures = await sendCheck(cell, {
      method: "POST",
      path: "/add",
      form: { title: "x" },
      expect: { status: 302 },
    });
    expect(failures).toEqual([{ kind: "status", expected: 302, actual: 404 }]);
    expect(sent).toEqual([
      {
        method: "POST",
        path: "/add",
        body: "title=x",
        headers: [
          ["Content-Type", "application/x-www-form-urlencoded"],
          ["Host", "localhost"],
        ],
      },
    ]);
  });
});
