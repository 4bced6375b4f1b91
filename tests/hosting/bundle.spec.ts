/**
 * The classroom bundle, proven: `scripts/bundle.ts` packs the `/flask/` build into one zip,
 * which is unpacked into an empty folder and started with the machine's own Node (Debian's, not
 * the project's: the server needs nothing installed) as a teacher would, and a learner runs a
 * cell through it.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { expect, test } from "@playwright/test";
import { unzipSync } from "fflate";
import { freePortPair } from "../../scripts/free-port.ts";
import { preferInPageEngine } from "../e2e/fixtures.ts";
import { BASE, dist, root } from "./build.ts";
import { walkLearnerPath } from "./learner-path.ts";

const systemNode = ["/usr/bin/node", "/usr/bin/nodejs"].find((path) => existsSync(path));
let folder = "";
let server: ChildProcess | undefined;
let port = 0;
const printed: string[] = [];

test.beforeAll(async () => {
  const archive = join(root, "kolba-course.zip");
  execFileSync(process.execPath, ["scripts/bundle.ts", "--dist", dist, "--out", archive], {
    stdio: "pipe",
  });
  folder = mkdtempSync(join(tmpdir(), "kolba-classroom-"));
  for (const [name, data] of Object.entries(unzipSync(readFileSync(archive)))) {
    if (name.endsWith("/")) continue;
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), data);
  }
  port = freePortPair();
  server = spawn(systemNode ?? process.execPath, ["kolba/serve.mjs", "--port", String(port)], {
    cwd: folder,
    stdio: ["ignore", "pipe", "inherit"],
  });
  server.stdout?.on("data", (chunk: Buffer) => printed.push(chunk.toString()));
  await expect.poll(() => printed.join(""), { timeout: 10_000 }).toContain("Cell previews");
});

test.afterAll(() => {
  server?.kill();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

test("the archive holds the site, a one-file server and its README; the server says where it serves", () => {
  expect(existsSync(join(folder, "kolba", "site", "en", "routing", "index.html"))).toBe(true);
  expect(existsSync(join(folder, "kolba", "node_modules"))).toBe(false);
  const readme = readFileSync(join(folder, "kolba", "README.txt"), "utf8");
  expect(readme).toContain("node kolba/serve.mjs");
  expect(printed.join("")).toContain(`http://127.0.0.1:${port}${BASE}`);
});

test(`a learner runs a cell and searches through the unpacked bundle (${systemNode ?? "node"})`, async ({
  page,
  context,
}) => {
  await preferInPageEngine(context);
  await walkLearnerPath(page, `http://127.0.0.1:${port}`, "kk");
});
