/**
 * The nginx recipe, proven: Debian's nginx runs the server blocks the build wrote
 * (`hosting/nginx.conf`, included as it is in a minimal main configuration) and a learner walks
 * the course under `/flask/` in every locale; and the recipe for an origin per cell
 * (`*.kolba.localhost`), whose previews come from an origin named after their cell.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { locales } from "../../src/lib/locales.ts";
import { preferInPageEngine } from "../e2e/fixtures.ts";
import { expect, test } from "@playwright/test";
import { freePortPair } from "../../scripts/free-port.ts";
import { nginxConf } from "../../src/lib/hosting.ts";
import { BASE, dist, sitePort, recipes, root } from "./build.ts";
import { perCellConfig, runCellOnItsOrigin, walkLearnerPath } from "./learner-path.ts";
import { type ServerProcess, startServer } from "./server-process.ts";

const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((path) => existsSync(path));
let nginx: ServerProcess | undefined;
let perCellNginx: ServerProcess | undefined;
/** The lesson port of the recipe for an origin per cell. */
const perCellPort = freePortPair();

/** Run nginx with `conf` (server blocks) in a minimal main configuration under `prefix`. */
async function runNginx(prefix: string, conf: string, ready: string): Promise<ServerProcess> {
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
      `    include ${conf};`,
      "}",
      "",
    ].join("\n"),
  );
  execFileSync(NGINX, ["-t", "-p", prefix, "-c", main], { stdio: "pipe" });
  return startServer(NGINX, ["-p", prefix, "-c", main, "-g", "daemon off;"], ready, {
    stopSignal: "SIGQUIT",
  });
}

test.beforeAll(async () => {
  nginx = await runNginx(
    join(root, "nginx"),
    join(recipes, "nginx.conf"),
    `http://127.0.0.1:${sitePort()}${BASE}en/`,
  );
  // The same build, served by the recipe for an origin per cell (the pages find their preview
  // origins from their own address, so one build serves both).
  const prefix = join(root, "nginx-per-cell");
  mkdirSync(prefix, { recursive: true });
  const conf = join(prefix, "kolba.conf");
  writeFileSync(conf, nginxConf(perCellConfig(perCellPort), dist, locales));
  perCellNginx = await runNginx(prefix, conf, `http://127.0.0.1:${perCellPort}${BASE}en/`);
});

test.afterAll(async () => {
  await nginx?.stop();
  await perCellNginx?.stop();
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

test("en: with an origin per cell (*.kolba.localhost), a cell runs, previewed from an origin named after it, on nginx", async ({
  page,
  context,
}) => {
  const conf = readFileSync(join(root, "nginx-per-cell", "kolba.conf"), "utf8");
  expect(conf).toContain("server_name *.kolba.localhost;");
  await preferInPageEngine(context);
  await runCellOnItsOrigin(page, perCellPort);
  // Anything but the engine's preview files is still not served there.
  const other = await fetch(`http://127.0.0.1:${perCellPort + 1}${BASE}en/`, {
    headers: { Host: `x--y.kolba.localhost:${perCellPort + 1}` },
  });
  expect(other.status).toBe(404);
});
