/**
 * The Caddy recipe, run for real: Debian's Caddy serves the site blocks the build wrote
 * (`hosting/Caddyfile`, imported as it is, with only the admin endpoint turned off) and a learner
 * walks the course under `/flask/`; and the Caddyfile for an origin per cell (`*.kolba.localhost`),
 * whose site addresses Caddy matches host by host.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { preferInPageEngine } from "../e2e/fixtures.ts";
import { freePortPair } from "../../scripts/free-port.ts";
import { caddyfile } from "../../src/lib/hosting.ts";
import { locales } from "../../src/lib/locales.ts";
import { BASE, dist, recipes, root, sitePort } from "./build.ts";
import { perCellConfig, runCellOnItsOrigin, walkLearnerPath } from "./learner-path.ts";
import { type ServerProcess, startServer } from "./server-process.ts";

const CADDY = ["/usr/bin/caddy", "/usr/sbin/caddy"].find((path) => existsSync(path));
let caddy: ServerProcess | undefined;
let perCellCaddy: ServerProcess | undefined;
/** The lesson port of the Caddyfile for an origin per cell. */
const perCellPort = freePortPair();

/** Run Caddy on `recipe` (imported as it is) from its own folder `dir`. */
function runCaddy(dir: string, recipe: string, ready: string): Promise<ServerProcess> {
  if (!CADDY)
    throw new Error("caddy is missing: apt-get install caddy (npm test installs it as root)");
  mkdirSync(dir, { recursive: true });
  const main = join(dir, "Caddyfile");
  writeFileSync(main, `{\n\tadmin off\n}\nimport ${recipe}\n`);
  return startServer(
    CADDY,
    ["run", "--config", main, "--adapter", "caddyfile"],
    ready,
    // Caddy keeps its state under these; the test's stays in its own folder.
    { env: { XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir } },
  );
}

test.beforeAll(async () => {
  caddy = await runCaddy(
    join(root, "caddy"),
    join(recipes, "Caddyfile"),
    `http://127.0.0.1:${sitePort()}${BASE}en/`,
  );
  // The same build (its pages find their preview origins from their own address).
  const dir = join(root, "caddy-per-cell");
  mkdirSync(dir, { recursive: true });
  const recipe = join(dir, "kolba.caddy");
  writeFileSync(recipe, caddyfile(perCellConfig(perCellPort), dist, locales));
  perCellCaddy = await runCaddy(dir, recipe, `http://127.0.0.1:${perCellPort}${BASE}en/`);
});

test.afterAll(async () => {
  await caddy?.stop();
  await perCellCaddy?.stop();
});

test("the Caddy recipe answers as the course's own server does", async () => {
  const port = sitePort();
  const root = await fetch(`http://127.0.0.1:${port}/`, { redirect: "manual" });
  expect(root.status).toBe(302);
  expect(new URL(root.headers.get("location") ?? "", "http://x").pathname).toBe(BASE);
  const page = await fetch(`http://127.0.0.1:${port}${BASE}kk/routing/`);
  expect(page.headers.get("cross-origin-embedder-policy")).toBe("require-corp");
  const missing = await fetch(`http://127.0.0.1:${port}${BASE}lt/nothing/`);
  expect(missing.status).toBe(404);
  expect(await missing.text()).toContain('<html lang="lt"');
  expect((await fetch(`http://127.0.0.1:${port}/elsewhere`)).status).toBe(404);
  const sw = await fetch(`http://127.0.0.1:${port + 1}${BASE}engine/preview-sw.js`);
  expect(sw.headers.get("service-worker-allowed")).toBe("/");
  expect((await fetch(`http://127.0.0.1:${port + 1}${BASE}engine/cell-worker.js`)).status).toBe(
    200,
  );
  expect(
    (await fetch(`http://127.0.0.1:${port + 1}${BASE}engine/webcontainer-runtime.json`)).status,
  ).toBe(404);
});

test("lt: a learner opens a lesson, runs a cell and searches, under /flask/ on Caddy", async ({
  page,
  context,
}) => {
  await preferInPageEngine(context);
  await walkLearnerPath(page, `http://127.0.0.1:${sitePort()}`, "lt");
});

test("en: with an origin per cell (*.kolba.localhost), a cell runs, previewed from an origin named after it, on Caddy", async ({
  page,
  context,
}) => {
  await preferInPageEngine(context);
  await runCellOnItsOrigin(page, perCellPort);
});
