/**
 * The nginx recipe, proven: Debian's nginx runs the server blocks the build wrote
 * (`hosting/nginx.conf`, included as it is in a minimal main configuration) and a learner walks
 * the course under `/flask/` in every locale.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { locales } from "../../src/lib/locales.ts";
import { preferInPageEngine } from "../e2e/fixtures.ts";
import { expect, test } from "@playwright/test";
import { BASE, sitePort, recipes, root } from "./build.ts";
import { walkLearnerPath } from "./learner-path.ts";
import { type ServerProcess, startServer } from "./server-process.ts";

const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((path) => existsSync(path));
const prefix = join(root, "nginx");
let nginx: ServerProcess | undefined;

test.beforeAll(async () => {
  if (!NGINX)
    throw new Error("nginx is missing: apt-get install nginx (npm test installs it as root)");
  mkdirSync(join(prefix, "logs"), { recursive: true });
  const main = join(prefix, "nginx-main.conf");
  writeFileSync(
    main,
    [
      ...(process.getuid?.() === 0 ? ["user root;"] : []),
      "worker_processes 1;",
      `pid ${join(prefix, "nginx.pid")};`,
      `error_log ${join(prefix, "logs", "error.log")};`,
      "events {}",
      "http {",
      "    include /etc/nginx/mime.types;",
      "    access_log off;",
      `    client_body_temp_path ${join(prefix, "body")};`,
      `    proxy_temp_path ${join(prefix, "proxy")};`,
      `    fastcgi_temp_path ${join(prefix, "fastcgi")};`,
      `    uwsgi_temp_path ${join(prefix, "uwsgi")};`,
      `    scgi_temp_path ${join(prefix, "scgi")};`,
      `    include ${join(recipes, "nginx.conf")};`,
      "}",
      "",
    ].join("\n"),
  );
  execFileSync(NGINX, ["-t", "-p", prefix, "-c", main], { stdio: "pipe" });
  nginx = await startServer(
    NGINX,
    ["-p", prefix, "-c", main, "-g", "daemon off;"],
    `http://127.0.0.1:${sitePort()}${BASE}en/`,
    { stopSignal: "SIGQUIT" },
  );
});

test.afterAll(async () => {
  await nginx?.stop();
});

test("the generated recipe serves the lesson and preview origins with their headers", async () => {
  const port = sitePort();
  const conf = readFileSync(join(recipes, "nginx.conf"), "utf8");
  expect(conf).toContain(`listen ${port};`);
  expect(conf).toContain(`listen ${port + 1};`);
  const root = await fetch(`http://127.0.0.1:${port}/`, { redirect: "manual" });
  expect(root.status).toBe(302);
  expect(root.headers.get("location")).toBe(BASE);
  const page = await fetch(`http://127.0.0.1:${port}${BASE}lt/routing/`);
  expect(page.headers.get("cross-origin-opener-policy")).toBe("same-origin");
  expect(page.headers.get("cross-origin-embedder-policy")).toBe("require-corp");
  expect(page.headers.get("cross-origin-resource-policy")).toBe("same-origin");
  const sw = await fetch(`http://127.0.0.1:${port + 1}${BASE}engine/preview-sw.js`);
  expect(sw.status).toBe(200);
  expect(sw.headers.get("content-type")).toContain("javascript");
  expect(sw.headers.get("service-worker-allowed")).toBe("/");
  expect(sw.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
  // The cell Worker runs on the preview origin, so its script is there...
  const worker = await fetch(`http://127.0.0.1:${port + 1}${BASE}engine/cell-worker.js`);
  expect(worker.status).toBe(200);
  expect(worker.headers.get("content-type")).toContain("javascript");
  expect(worker.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
  // ...and nothing else of the lesson's: no pages, no other engine file.
  for (const path of [`${BASE}en/`, `${BASE}engine/webcontainer-runtime.json`, "/"]) {
    expect((await fetch(`http://127.0.0.1:${port + 1}${path}`)).status).toBe(404);
  }
});

for (const locale of locales) {
  test(`${locale}: a learner opens a lesson, runs a cell and searches, under ${BASE} on nginx`, async ({
    page,
    context,
  }) => {
    await preferInPageEngine(context);
    await walkLearnerPath(page, `http://127.0.0.1:${sitePort()}`, locale);
  });
}
