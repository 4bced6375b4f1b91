/**
 * Every cell a lesson shows, under the node engine (the payload a WebContainer would get, run
 * by real Node): each request its `cell.json` declares gets the answer real Flask gives the
 * cell's Python twin. The requests go through `sendCheck`, as the lesson page sends them; a
 * cell whose `cookies` is `shared` sends them in order through one cookie jar.
 */
import { readdirSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { CookieJar } from "../../sandbox-runtime/engines/cookie-jar.ts";
import { NodeEngine } from "../../sandbox-runtime/engines/node-engine/index.ts";
import { sendCheck } from "../../src/client/exercise-checks.ts";
import { cellNames, loadCell } from "../../src/lib/cells.ts";

const engine = new NodeEngine();
const here = "tests/runtime/cells.test.ts";
const cells = cellNames().map((name) => loadCell(name, here));

describe("every cell's declared requests on the node engine", () => {
  it("finds the cells of every lesson", () => {
    const lessons = new Set(cells.map((cell) => cell.name.split("/")[0]));
    const written = readdirSync("lessons/en")
      .filter((file) => file.endsWith(".mdx"))
      .map((file) => file.replace(/\.mdx$/, ""));
    expect(written.length).toBeGreaterThanOrEqual(7);
    expect([...lessons].sort()).toEqual(written.sort());
  });

  const running: Array<{ stop(): Promise<void> }> = [];
  afterAll(async () => {
    await Promise.all(running.map((cell) => cell.stop()));
  });

  for (const cell of cells) {
    it(`${cell.name}: ${cell.requests.length} request(s) answer as Flask does`, async () => {
      const started = await engine.start(
        Object.fromEntries(cell.files.map((file) => [file.path, file.content])),
      );
      running.push(started);
      const differences: Array<{ request: string; failures: unknown[] }> = [];
      const jar = cell.cookies === "shared" ? new CookieJar() : undefined;
      for (const request of cell.requests) {
        const failures = await sendCheck(started, request, jar);
        if (failures.length > 0) {
          differences.push({ request: `${request.method ?? "GET"} ${request.path}`, failures });
        }
      }
      await started.stop();
      expect(differences).toEqual([]);
    });
  }
});
