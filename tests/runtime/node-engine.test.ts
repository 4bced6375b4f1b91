import { describe, expect, it } from "vitest";
import { NodeEngine } from "../../sandbox-runtime/engines/node-engine/index.ts";
import { runtimeCases } from "./cases/all.ts";
import { runCase } from "./run-case.ts";

const engine = new NodeEngine();

describe("runtime cases on the node engine", () => {
  for (const testCase of runtimeCases) {
    it(testCase.name, async () => {
      expect(await runCase(engine, testCase)).toEqual([]);
    }, 30_000);
  }
});
