/**
 * A cell's tests, run by the node engine and by the webcontainer engine over real Node
 * (`NodeBackedContainer`: the mounted tree under `/usr/bin/node`): each test ends as pytest
 * ends its twin, a failure points at the learner's line, a test that never ends is stopped, and
 * a test module that does not parse is reported before any test runs.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NodeEngine } from "../../sandbox-runtime/engines/node-engine/index.ts";
import type { Engine } from "../../sandbox-runtime/engines/types.ts";
import {
  ContainerHost,
  WebContainerEngine,
} from "../../sandbox-runtime/engines/webcontainer/index.ts";
import { buildWebContainerRuntime } from "../../sandbox-runtime/engines/webcontainer/runtime-build.ts";
import { BROKEN_TESTS, LOOPING_TESTS, testRunCases } from "./cases/tests.ts";
import { NodeBackedContainer } from "./webcontainer-fake.ts";

const NODE = existsSync("/usr/bin/node") ? "/usr/bin/node" : process.execPath;
let root = "";
let container: NodeBackedContainer;

const engines: Record<string, () => Engine> = {
  node: () => new NodeEngine({ nodePath: NODE }),
  "webcontainer (mounted tree under real Node)": () =>
    new WebContainerEngine({
      runtime: buildWebContainerRuntime(),
      host: new ContainerHost(async () => container, {
        firstPort: 41_000 + Math.floor(Math.random() * 400) * 20,
      }),
    }),
};

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "kolba-tests-wc-"));
  container = new NodeBackedContainer(root, NODE);
});

afterAll(async () => {
  container.teardown();
  await rm(root, { recursive: true, force: true });
});

for (const [engineName, make] of Object.entries(engines)) {
  describe(`${engineName}: a cell's tests`, () => {
    const engine = make();

    for (const testCase of testRunCases()) {
      it(`${testCase.name}: each test ends as pytest ends its twin`, async () => {
        const report = await engine.runTests?.(testCase.files);
        expect(report?.collectError).toBeUndefined();
        const outcomes = Object.fromEntries(report?.tests.map((t) => [t.name, t.outcome]) ?? []);
        expect(outcomes).toEqual(testCase.expected);
        // In the order the file defines them, not alphabetical.
        expect(report?.tests.map((t) => t.name)).toEqual(Object.keys(testCase.expected));
        const counts = Object.values(testCase.expected);
        expect(report?.passed).toBe(counts.filter((o) => o === "passed").length);
        expect(report?.failed).toBe(counts.filter((o) => o === "failed").length);
        for (const test of report?.tests ?? []) {
          if (test.outcome === "passed") expect(test.error).toBeUndefined();
          else expect(test.error?.location?.file, test.name).toBe("test_app.ts");
        }
      });
    }

    it("shows a failed assertion with both values, at the learner's line", async () => {
      const basics = testRunCases().find((c) => c.name === "basics");
      const report = await engine.runTests?.(basics?.files ?? {});
      const wrong = report?.tests.find((t) => t.name === "test_wrong_expectation");
      expect(wrong?.error?.message).toBe("AssertionError: assert 404 == 200");
      const source = String(basics?.files["test_app.ts"]);
      const line =
        source.split("\n").findIndex((l) => l.includes(`/books/9")).statusCode, 200`)) + 1;
      expect(wrong?.error?.location?.line).toBe(line);
      expect(wrong?.error?.codeFrame).toContain("> ");
      const unknown = report?.tests.find((t) => t.name === "test_unknown_fixture");
      expect(unknown?.phase).toBe("setup");
      expect(unknown?.error?.message).toContain(
        'fixture "clinet" not found; available: client, broken',
      );
      const boom = report?.tests.find((t) => t.name === "test_view_error_reaches_the_test");
      expect(boom?.error?.message).toBe("Error: the view broke");
      expect(boom?.error?.stack).toContain("app.ts:");
    });

    it("stops a test that never ends, at the time limit", async () => {
      const began = Date.now();
      const report = await engine.runTests?.(LOOPING_TESTS, { timeoutMs: 3_000 });
      expect(report?.collectError?.kind).toBe("timeout");
      expect(report?.tests).toEqual([]);
      expect(Date.now() - began).toBeLessThan(15_000);
    });

    it("reports a test module that does not parse, at its line, before any test", async () => {
      const report = await engine.runTests?.(BROKEN_TESTS);
      expect(report?.tests).toEqual([]);
      expect(report?.collectError?.location).toMatchObject({ file: "test_app.ts", line: 4 });
    });

    it("keeps what the tests print", async () => {
      const factory = testRunCases().find((c) => c.name === "factory-and-session");
      const printing = {
        ...factory?.files,
        "test_print.ts": 'export function test_prints() { console.log("hello from a test"); }\n',
      };
      const report = await engine.runTests?.(printing);
      expect(report?.tests.at(-1)).toMatchObject({ file: "test_print.ts", outcome: "passed" });
      expect(report?.output.map((c) => c.text).join("")).toContain("hello from a test");
    });
  });
}
