import { describe, expect, it } from "vitest";
import { previewOriginFor } from "../../src/client/preview-origin.ts";
import {
  caddyfile,
  isPreviewFile,
  lessonHeaders,
  lessonHeadersFile,
  nginxConf,
  originsOf,
  previewHeadersFile,
} from "../../src/lib/hosting.ts";
import { homePath, lessonPath, switchLocalePath } from "../../src/lib/lessons.ts";
import { siteConfig } from "../../src/lib/site-config.ts";
import { normalizeBase, sitePath, withoutBase } from "../../src/lib/site-path.ts";

describe("the base path", () => {
  it("has one form, starting and ending with a slash", () => {
    expect(normalizeBase(undefined)).toBe("/");
    expect(normalizeBase("")).toBe("/");
    expect(normalizeBase("/")).toBe("/");
    expect(normalizeBase("flask")).toBe("/flask/");
    expect(normalizeBase("/flask")).toBe("/flask/");
    expect(normalizeBase("/courses/flask/")).toBe("/courses/flask/");
  });

  it("refuses what is not a path, naming the variable", () => {
    expect(() => normalizeBase("/a b/")).toThrow(/KOLBA_BASE must be a URL path/);
    expect(() => normalizeBase("/../etc/")).toThrow(/KOLBA_BASE/);
    expect(() => normalizeBase("https://x.example/")).toThrow(/KOLBA_BASE/);
  });

  it("puts pages under it and takes them out again", () => {
    expect(sitePath("/en/routing/", "/flask/")).toBe("/flask/en/routing/");
    expect(sitePath("/en/", "/")).toBe("/en/");
    expect(withoutBase("/flask/en/", "/flask/")).toBe("/en/");
    expect(withoutBase("/flask", "/flask/")).toBe("/");
    expect(withoutBase("/other/", "/flask/")).toBeNull();
    expect(lessonPath("kk", "routing", "/flask/")).toBe("/flask/kk/routing/");
    expect(homePath("lt", "/flask/")).toBe("/flask/lt/");
  });

  it("switches language within the base", () => {
    expect(switchLocalePath("/flask/lt/routing/", "kk", "/flask/")).toBe("/flask/kk/routing/");
    expect(switchLocalePath("/flask/", "en", "/flask/")).toBe("/flask/en/");
    expect(switchLocalePath("/elsewhere/", "en", "/flask/")).toBe("/flask/en/");
  });
});

describe("a build's settings", () => {
  it("default to today's course at the root", () => {
    expect(siteConfig({})).toEqual({ site: "https://kolba.example", base: "/", previewOrigin: "" });
  });

  it("read the site, base and preview origin", () => {
    expect(
      siteConfig({
        KOLBA_SITE: "https://school.example/",
        KOLBA_BASE: "flask",
        KOLBA_PREVIEW_ORIGIN: "https://preview.school.example",
      }),
    ).toEqual({
      site: "https://school.example",
      base: "/flask/",
      previewOrigin: "https://preview.school.example",
    });
    expect(siteConfig({ KOLBA_PREVIEW_ORIGIN: "same-origin" }).previewOrigin).toBe("same-origin");
  });

  it("stop the build naming the variable when wrong", () => {
    expect(() => siteConfig({ KOLBA_SITE: "school.example" })).toThrow(/^KOLBA_SITE must be/);
    expect(() => siteConfig({ KOLBA_SITE: "https://school.example/flask/" })).toThrow(
      /KOLBA_SITE must be an http\(s\) origin without a path/,
    );
    expect(() => siteConfig({ KOLBA_PREVIEW_ORIGIN: "preview" })).toThrow(/KOLBA_PREVIEW_ORIGIN/);
    expect(() =>
      siteConfig({ KOLBA_SITE: "https://a.example", KOLBA_PREVIEW_ORIGIN: "https://a.example" }),
    ).toThrow(/same-origin/);
  });
});

describe("the preview origin", () => {
  const named = { protocol: "https:", hostname: "school.example", port: "" };
  it("is derived, named by the build, or the lesson's own", () => {
    expect(previewOriginFor(named, "")).toBe("https://preview.school.example");
    expect(previewOriginFor({ ...named, port: "4321" }, "")).toBe("https://school.example:4322");
    expect(previewOriginFor(named, "https://p.example")).toBe("https://p.example");
    expect(previewOriginFor({ ...named, port: "8080" }, "same-origin")).toBe(
      "https://school.example:8080",
    );
    expect(originsOf(siteConfig({ KOLBA_PREVIEW_ORIGIN: "same-origin" })).preview).toBeNull();
  });

  it("is one per cell for a pattern, and on a numbered port of a .localhost name", () => {
    expect(previewOriginFor(named, "https://*.preview.school.example")).toBe(
      "https://*.preview.school.example",
    );
    expect(
      previewOriginFor({ protocol: "http:", hostname: "kolba.localhost", port: "4321" }, ""),
    ).toBe("http://*.kolba.localhost:4322");
    // Plain `localhost` has no subdomain of the same site: one preview origin.
    expect(previewOriginFor({ protocol: "http:", hostname: "localhost", port: "4321" }, "")).toBe(
      "http://localhost:4322",
    );
    expect(
      siteConfig({ KOLBA_PREVIEW_ORIGIN: "https://*.preview.school.example" }).previewOrigin,
    ).toBe("https://*.preview.school.example");
    for (const bad of ["https://*.example", "https://a*.preview.example", "https://x.*.example"]) {
      expect(() => siteConfig({ KOLBA_PREVIEW_ORIGIN: bad }), bad).toThrow(/first label/);
    }
    expect(() => siteConfig({ KOLBA_SITE: "https://*.school.example" })).toThrow(/without \*/);
  });
});

describe("the hosting recipes", () => {
  const config = siteConfig({ KOLBA_SITE: "https://school.example", KOLBA_BASE: "/flask/" });

  /** The headers each rule of a `_headers` file sets, by rule. */
  function rules(text: string): Map<string, string[]> {
    const out = new Map<string, string[]>();
    let current = "";
    for (const line of text.split("\n")) {
      if (line.startsWith("/")) {
        current = line;
        out.set(current, []);
      } else if (line.trim()) {
        out.get(current)?.push(line.trim().split(":")[0] ?? "");
      }
    }
    return out;
  }

  it("_headers never sets one header in two rules that match one path", () => {
    for (const text of [lessonHeadersFile(config), previewHeadersFile(config)]) {
      const names = [...rules(text).values()].flat();
      expect(new Set(names).size).toBe(names.length);
    }
    const lesson = rules(lessonHeadersFile(config));
    expect(lesson.get("/flask/*")).toEqual(Object.keys(lessonHeaders));
  });

  it("nginx serves the base, each locale's 404 and only the preview and Worker files on the preview origin", () => {
    const conf = nginxConf(config, "/srv/kolba/dist", ["en", "lt"]);
    expect(conf).toContain("listen 443 ssl;");
    expect(conf).toContain("server_name school.example;");
    expect(conf).toContain("server_name preview.school.example;");
    expect(conf).toContain("location ^~ /flask/ {\n        alias /srv/kolba/dist/;");
    expect(conf).toContain("error_page 404 /flask/lt/404/;");
    expect(conf).toContain("location = /flask/engine/preview-sw.js {");
    expect(conf).toContain("location ~ ^/flask/engine/(");
    expect(conf).toContain("alias /srv/kolba/dist/engine/$1;");
    for (const [name, served] of [
      ["preview-bridge.html", true],
      ["preview-sw.js", true],
      ["cell-worker.js", true],
      ["cell-worker.js.map", true],
      ["cell-chunk-4ZEJNGWZ.js", true],
      ["sql-wasm.wasm", true],
      ["webcontainer-runtime.json", false],
      ["project-runtime.json", false],
      ["cell-worker.jsx", false],
      ["../en/index.html", false],
    ] as const) {
      expect(isPreviewFile(name), name).toBe(served);
    }
    const single = nginxConf({ ...config, previewOrigin: "same-origin" }, "/srv/d", ["en"]);
    expect(single).not.toContain("preview.school.example");
  });

  it("nginx and Caddy answer every cell's origin of a pattern", () => {
    const perCell = { ...config, previewOrigin: "https://*.preview.school.example" };
    const conf = nginxConf(perCell, "/srv/kolba/dist", ["en"]);
    expect(conf).toContain("server_name *.preview.school.example;");
    expect(conf).toContain("ssl_certificate /etc/ssl/certs/wildcard.preview.school.example.pem;");
    const caddy = caddyfile(perCell, "/srv/kolba/dist", ["en"]);
    expect(caddy).toContain("\n*.preview.school.example {");
    expect(caddy).toContain("DNS challenge");
  });
});
