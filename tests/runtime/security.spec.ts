/**
 * The sandbox, probed as an attacker would: from the app's HTML in the preview and from the cell's
 * code in its Worker, on the fixture's two origins of one site (`lesson.kolba.test`,
 * `preview.kolba.test`) in Debian's Chromium. Each case is a probe that must fail; docs/security.md
 * states the model these hold.
 */
import { expect, test } from "@playwright/test";
import {
  type FixtureWindow,
  openLesson,
  serveFixture,
  showPreview,
} from "./worker-fixture/browser.ts";
import { FIXTURE_PORT, LESSON_ORIGIN, PREVIEW_ORIGIN } from "./worker-fixture/origins.ts";

serveFixture();
const lessonOrigin = LESSON_ORIGIN;
const previewOrigin = PREVIEW_ORIGIN;

test.describe("from the app's HTML in the preview", () => {
  test("the previewed page cannot touch the lesson page", async ({ page }) => {
    await openLesson(page);
    await page.evaluate(() => {
      localStorage.setItem("lesson-secret", "42");
      // biome-ignore lint/suspicious/noDocumentCookie: the lesson page's own cookie is what the preview must not see.
      document.cookie = "lesson=secret; path=/";
    });
    await showPreview(page, {
      "app.ts": `import { Flask } from "flask";

const app = new Flask(import.meta.url);

app.route("/", function index() {
  return \`<p id="result"></p>
<script>
  const r = {};
  const attempt = (key, fn) => { try { r[key] = fn(); } catch (e) { r[key] = "blocked: " + e.name; } };
  attempt("title", () => parent.document.title);
  attempt("dom", () => { parent.document.body.append("changed by the preview"); return "changed"; });
  attempt("parentStorage", () => parent.localStorage.getItem("lesson-secret"));
  attempt("ownStorage", () => localStorage.getItem("lesson-secret"));
  attempt("cookie", () => document.cookie);
  document.getElementById("result").textContent = JSON.stringify(r);
</script>\`;
});

app.run();
`,
    });
    const result = page.frameLocator("#preview").locator("#result");
    await expect(result).not.toHaveText("");
    const seen = JSON.parse((await result.textContent()) ?? "{}") as Record<string, string>;
    expect(seen.title).toBe("blocked: SecurityError");
    expect(seen.dom).toBe("blocked: SecurityError");
    expect(seen.parentStorage).toBe("blocked: SecurityError");
    expect(seen.ownStorage).toBeNull();
    expect(seen.cookie).not.toContain("lesson=secret");
    expect(await page.locator("body").textContent()).not.toContain("changed by the preview");
    expect(await page.evaluate(() => localStorage.getItem("lesson-secret"))).toBe("42");
    expect(await page.evaluate(() => document.cookie)).toContain("lesson=secret");
  });

  test("the preview cannot act on the lesson page through the bridge frame", async ({ page }) => {
    await openLesson(page);
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const popups: string[] = [];
    page.context().on("page", (opened) => popups.push(opened.url()));
    await showPreview(page, {
      "app.ts": `import { Flask } from "flask";

const app = new Flask(import.meta.url);

app.route("/", function index() {
  return \`<p id="result"></p>
<script>
  const r = {};
  const attempt = (key, fn) => { try { r[key] = String(fn()); } catch (e) { r[key] = "blocked: " + e.name; } };
  let bridge = null;
  for (let i = 0; i < parent.frames.length; i++) {
    try { if (parent.frames[i].location.pathname.endsWith("preview-bridge.html")) bridge = parent.frames[i]; } catch {}
  }
  r.found = String(bridge !== null);
  if (bridge) {
    attempt("alert", () => bridge.eval("alert('from the bridge'); 'shown'"));
    attempt("popup", () => bridge.eval("window.open('about:blank', '_blank')"));
    attempt("top", () => bridge.eval("top.location.href = top.location.origin + '/hijacked'; 'navigated'"));
    attempt("download", () => bridge.eval("const a = document.createElement('a'); a.href = 'data:text/plain,x'; a.download = 'x.txt'; document.body.append(a); a.click(); 'clicked'"));
  }
  document.getElementById("result").textContent = JSON.stringify(r);
</script>\`;
});

app.run();
`,
    });
    const result = page.frameLocator("#preview").locator("#result");
    await expect(result).not.toHaveText("");
    const seen = JSON.parse((await result.textContent()) ?? "{}") as Record<string, string>;
    // The preview runs apart from the bridge (Document-Isolation-Policy): it cannot even read the
    // bridge's location, though both are on the preview origin.
    expect(seen.found).toBe("false");
    // A browser without that policy lets the preview script the bridge; the bridge's sandbox is
    // what then refuses each act. Run the same acts in the bridge itself.
    const bridge = page.frames().find((frame) => frame.url().includes("preview-bridge.html"));
    expect(bridge).toBeDefined();
    const acts = await bridge!.evaluate(() => {
      const r: Record<string, string> = {};
      const attempt = (key: string, fn: () => unknown) => {
        try {
          r[key] = String(fn());
        } catch (error) {
          r[key] = `blocked: ${(error as Error).name}`;
        }
      };
      attempt("alert", () => alert("from the bridge"));
      attempt("popup", () => window.open("about:blank", "_blank"));
      attempt("top", () => {
        top!.location.href = `${location.origin}/hijacked`;
        return "navigated";
      });
      attempt("download", () => {
        const a = document.createElement("a");
        a.href = "data:text/plain,x";
        a.download = "x.txt";
        document.body.append(a);
        a.click();
        return "clicked";
      });
      return r;
    });
    expect(acts.popup).toBe("null");
    expect(acts.top).toBe("blocked: SecurityError");
    await page.waitForTimeout(500);
    expect(dialogs).toEqual([]);
    expect(popups).toEqual([]);
    expect(new URL(page.url()).pathname).not.toBe("/hijacked");
    expect(await page.locator("iframe[src*='preview-bridge.html']").getAttribute("sandbox")).toBe(
      "allow-scripts allow-same-origin",
    );
  });

  test("a preview cannot put a Service Worker on the lesson origin", async ({ page }) => {
    await openLesson(page);
    await showPreview(page, {
      "app.ts": `import { Flask } from "flask";

const app = new Flask(import.meta.url);

app.route("/", function index() {
  return '<p id="shown">shown</p>';
});

app.route("/away", function away() {
  return \`<script>location.href = "${lessonOrigin}/engine/preview-bridge.html#" + encodeURIComponent("${lessonOrigin}");</script>\`;
});

app.run();
`,
    });
    await expect(page.frameLocator("#preview").locator("#shown")).toHaveText("shown");
    // The preview sends its own frame to the lesson origin's copy of the bridge page...
    await page.evaluate(() => {
      const frame = document.getElementById("preview") as HTMLIFrameElement;
      frame.src = new URL("away", frame.src).href;
    });
    await page.waitForFunction((origin) => {
      try {
        return (
          (document.getElementById("preview") as HTMLIFrameElement).contentWindow?.location
            .origin === origin
        );
      } catch {
        return false;
      }
    }, lessonOrigin);
    await page.waitForTimeout(1_000);
    // ...where the bridge sees it was not placed by the lesson page, and registers nothing.
    expect(
      await page.evaluate(async () =>
        (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope),
      ),
    ).toEqual([]);
  });

  test("a preview that unregisters the Service Worker breaks neither the open previews nor a later Run's", async ({
    page,
  }) => {
    await openLesson(page);
    const url = await showPreview(page, {
      "app.ts": `import { Flask } from "flask";

const app = new Flask(import.meta.url);

app.route("/", function index() {
  return '<p id="done"></p><script>navigator.serviceWorker.getRegistrations().then((all) => Promise.all(all.map((r) => r.unregister()))).then((gone) => { document.getElementById("done").textContent = String(gone.length); });</script>';
});

app.route("/next", function next() {
  return '<p id="next">still served</p>';
});

app.run();
`,
    });
    await expect(page.frameLocator("#preview").locator("#done")).toHaveText("1");
    // The open preview's next page, with no Run between: served again once the bridge has
    // registered the Service Worker anew (it looks every second).
    await expect(async () => {
      await page.evaluate((next) => {
        (document.getElementById("preview") as HTMLIFrameElement).src = next;
      }, `${url}next?${Date.now()}`);
      await expect(page.frameLocator("#preview").locator("#next")).toHaveText("still served", {
        timeout: 1000,
      });
    }).toPass({ timeout: 10_000 });
    await page.evaluate(() => document.getElementById("preview")?.remove());
    await showPreview(page, {
      "app.ts": `import { Flask } from "flask";

const app = new Flask(import.meta.url);

app.route("/", function index() {
  return '<p id="shown">served again</p>';
});

app.run();
`,
    });
    await expect(page.frameLocator("#preview").locator("#shown")).toHaveText("served again");
  });

  test("a previewed page that loops freezes only its own frame", async ({ page }) => {
    await openLesson(page);
    await showPreview(page, {
      "app.ts": `import { Flask } from "flask";

const app = new Flask(import.meta.url);

app.route("/", function index() {
  return '<p id="shown">shown</p><script>addEventListener("message", () => { while (true) {} });</script>';
});

app.run();
`,
    });
    await expect(page.frameLocator("#preview").locator("#shown")).toHaveText("shown");
    // The page tells the preview to start its loop, and goes on.
    await page.evaluate(() =>
      (document.getElementById("preview") as HTMLIFrameElement).contentWindow?.postMessage(
        "spin",
        "*",
      ),
    );
    await page.waitForTimeout(800);
    // The lesson page still answers at once, and its engine still runs another app.
    const answer = await Promise.race([
      page.evaluate(() => document.title),
      new Promise<string>((resolve) => setTimeout(() => resolve("frozen"), 2_000)),
    ]);
    expect(answer).not.toBe("frozen");
    const text = await page.evaluate(async () => {
      const kolba = (window as unknown as FixtureWindow).kolbaWorker;
      await kolba.start({
        "app.ts":
          'import { Flask } from "flask";\nconst app = new Flask(import.meta.url);\napp.route("/", function index() { return "still here"; });\napp.run();\n',
      });
      return (await kolba.fetchText("/")).text;
    });
    expect(text).toBe("still here");
  });

  test("same-origin previews work; they cannot script the lesson page but share its storage (why the engine takes a preview origin)", async ({
    page,
  }) => {
    await openLesson(page, { sameOrigin: true });
    await page.evaluate(() => localStorage.setItem("lesson-secret", "42"));
    await showPreview(page, {
      "app.ts": `import { Flask } from "flask";

const app = new Flask(import.meta.url);

app.route("/", function index() {
  return \`<p id="result"></p>
<script>
  const r = {};
  const attempt = (key, fn) => { try { r[key] = String(fn()); } catch (e) { r[key] = "blocked: " + e.name; } };
  attempt("title", () => parent.document.getElementById("lesson-title").textContent);
  attempt("storage", () => localStorage.getItem("lesson-secret"));
  document.getElementById("result").textContent = JSON.stringify(r);
</script>\`;
});

app.run();
`,
    });
    const result = page.frameLocator("#preview").locator("#result");
    await expect(result).not.toHaveText("");
    const seen = JSON.parse((await result.textContent()) ?? "{}") as Record<string, string>;
    // Document-Isolation-Policy keeps the preview's document apart from the lesson page's...
    expect(seen.title).toBe("blocked: SecurityError");
    // ...but storage belongs to the origin: one origin shares it.
    expect(seen.storage).toBe("42");
  });

  for (const perCell of [false, true]) {
    test(
      perCell
        ? "with an origin per cell, one cell's preview cannot reach another's"
        : "with one preview origin, one cell's preview can read another's (why an origin per cell)",
      async ({ page }) => {
        // `*.localhost` names are loopback and secure contexts in Chromium, with no switch.
        await openLesson(page, {
          lessonOrigin: `http://lesson.kolba.localhost:${FIXTURE_PORT}`,
          previewOrigin: `http://${perCell ? "*" : "preview"}.kolba.localhost:${FIXTURE_PORT}`,
        });
        const seen = await page.evaluate(async () => {
          const { kolbaWorker } = window as unknown as FixtureWindow;
          const app = (body: string) => ({
            "app.ts": `import { Flask } from "flask";\nconst app = new Flask(import.meta.url);\napp.route("/", function index() { return ${JSON.stringify(body)}; });\napp.run();\n`,
          });
          const first = await kolbaWorker.startBeside(app("<p id=secret>first cell's page</p>"), {
            previewKey: "lesson/first",
          });
          const second = await kolbaWorker.startBeside(
            app(
              "<p id=result></p><script>onload = () => { const out = []; for (let i = 0; i < parent.frames.length; i++) { const other = parent.frames[i]; if (other === window) continue; try { out.push(String(other.document.getElementById('secret')?.textContent)); } catch (error) { out.push('blocked: ' + error.name); } } document.getElementById('result').textContent = JSON.stringify(out); };</script>",
            ),
            { previewKey: "lesson/second" },
          );
          const show = (url: string, id: string) =>
            new Promise<void>((resolve) => {
              const frame = document.createElement("iframe");
              frame.id = id;
              frame.setAttribute("sandbox", "allow-scripts allow-forms allow-same-origin");
              frame.src = url;
              frame.onload = () => resolve();
              document.body.append(frame);
            });
          await show(first.url, "first");
          await show(second.url, "second");
          return [new URL(first.url).origin, new URL(second.url).origin];
        });
        const result = page.frameLocator("#second").locator("#result");
        await expect(result).not.toHaveText("");
        const reads = JSON.parse((await result.textContent()) ?? "[]") as string[];
        if (perCell) {
          expect(seen).toEqual([
            `http://lesson--first.kolba.localhost:${FIXTURE_PORT}`,
            `http://lesson--second.kolba.localhost:${FIXTURE_PORT}`,
          ]);
          expect(reads.length).toBeGreaterThan(1);
          for (const read of reads) expect(read).toBe("blocked: SecurityError");
        } else {
          expect(seen[0]).toBe(seen[1]);
          expect(reads).toContain("first cell's page");
        }
      },
    );
  }

  test("a sandboxed iframe without allow-same-origin is not served by the Service Worker", async ({
    page,
  }) => {
    await openLesson(page);
    const url = await page.evaluate(async () => {
      const { url } = await (window as unknown as FixtureWindow).kolbaWorker.start({
        "app.ts":
          'import { Flask } from "flask";\nconst app = new Flask(import.meta.url);\napp.route("/", function index() { return "<p id=ok>served</p>"; });\napp.run();\n',
      });
      await (window as unknown as FixtureWindow).kolbaWorker.previewReady();
      const frame = document.createElement("iframe");
      frame.id = "preview";
      frame.setAttribute("sandbox", "allow-scripts allow-forms");
      frame.src = url;
      document.body.append(frame);
      return url;
    });
    // The navigation goes to the network, where no app runs: the fixture server's 404.
    expect(url.startsWith(previewOrigin)).toBe(true);
    await expect(page.frameLocator("#preview").locator("body")).toContainText(
      "fixture server: nothing at /engine/preview/",
    );
    await expect(page.frameLocator("#preview").locator("#ok")).toHaveCount(0);
  });
});

test.describe("from the cell's code in its Worker", () => {
  test("a cell's code runs on the preview origin and reaches none of the lesson origin's storage", async ({
    page,
  }) => {
    await openLesson(page);
    await page.evaluate(async () => {
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("lesson-secret");
        open.onupgradeneeded = () => open.result.createObjectStore("marks");
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
        open.onerror = () => reject(open.error);
      });
      await (await caches.open("lesson-cache")).put("/page", new Response("lesson"));
    });
    await page.evaluate(async () => {
      await (window as unknown as FixtureWindow).kolbaWorker.start({
        "app.ts": `import { Flask } from "flask";

const app = new Flask(import.meta.url);

app.route("/", async function index() {
  const databases = (await indexedDB.databases()).map((d) => d.name);
  const cacheNames = await caches.keys();
  await (await caches.open("poison")).put("/en/hello-flask/", new Response("POISON"));
  return JSON.stringify({ origin: self.location.origin, databases, cacheNames });
});

app.run();
`,
      });
    });
    const { text } = await page.evaluate(() =>
      (window as unknown as FixtureWindow).kolbaWorker.fetchText("/"),
    );
    const seen = JSON.parse(text) as Record<string, unknown>;
    expect(seen.origin).toBe(previewOrigin);
    expect(seen.databases).not.toContain("lesson-secret");
    expect(seen.cacheNames).not.toContain("lesson-cache");
    // What the app writes lands on the preview origin, not the lesson's.
    expect(await page.evaluate(() => caches.keys())).toEqual(["lesson-cache"]);
  });
});
