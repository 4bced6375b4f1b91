/**
 * Builds the course once for the hosting tests: for `KOLBA_SITE=http://127.0.0.1:<port>` (a free
 * pair of ports, so the nginx recipe listens where the test can reach it) and `KOLBA_BASE=/flask/`,
 * with the engines built first when a checkout has none yet; and once more for one origin and no
 * headers (`KOLBA_PREVIEW_ORIGIN=same-origin`, under `/course/`).
 */
import { execFileSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { freePortPair } from "../../scripts/free-port.ts";
import { BASE, dist, root, singleOriginDist } from "./build.ts";

const bin = (name: string) => join("node_modules", ".bin", name);

export default function setup(): void {
  const port = freePortPair();
  process.env.HOSTING_SITE_PORT = String(port);
  rmSync(root, { recursive: true, force: true });
  const env = {
    ...process.env,
    KOLBA_SITE: `http://127.0.0.1:${port}`,
    KOLBA_BASE: BASE,
    ASTRO_TELEMETRY_DISABLED: "1",
  };
  if (!existsSync("public/engine/cell-worker.js")) {
    execFileSync(process.execPath, ["scripts/build-engines.ts"], { stdio: "inherit" });
  }
  execFileSync(bin("astro"), ["build", "--outDir", dist, "--silent"], { env, stdio: "inherit" });
  execFileSync(bin("pagefind"), ["--site", dist, "--silent"], { env, stdio: "inherit" });
  const single = { ...env, KOLBA_BASE: "/course/", KOLBA_PREVIEW_ORIGIN: "same-origin" };
  execFileSync(bin("astro"), ["build", "--outDir", singleOriginDist, "--silent"], {
    env: single,
    stdio: "inherit",
  });
}
