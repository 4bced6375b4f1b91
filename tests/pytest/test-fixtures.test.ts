/**
 * Fixtures: asked for by name, made once per test, torn down last first; and the runner that
 * collects `test*` functions in the order their file defines them.
 * @see pytest testing/python/fixtures.py, testing/python/collect.py
 */
import { describe, expect, it } from "vitest";
import {
  FixtureLookupError,
  FixtureScope,
  fixture,
  requestedNames,
} from "../../sandbox-runtime/pytest/fixtures.ts";
import { collect, runTests } from "../../sandbox-runtime/pytest/runner.ts";

describe("requestedNames", () => {
  it("reads the keys of the first parameter's object pattern", () => {
    expect(
      requestedNames(function t({ client, app }: Record<string, unknown>) {
        return [client, app];
      }),
    ).toEqual(["client", "app"]);
    expect(
      requestedNames(
        ({ a: renamed, b = 1, c: { d } }: { a: number; b?: number; c: { d: number } }) => [
          renamed,
          b,
          d,
        ],
      ),
    ).toEqual(["a", "b", "c"]);
    expect(
      requestedNames(async function* g({ x }: Record<string, unknown>) {
        yield x;
      }),
    ).toEqual(["x"]);
    expect(requestedNames(() => 1)).toEqual([]);
    expect(requestedNames(function none() {})).toEqual([]);
  });
});

describe("fixtures", () => {
  it("makes each fixture once per test, even when two ask for it", async () => {
    let made = 0;
    fixture(function counter() {
      made += 1;
      return { n: made };
    });
    fixture(function wrapper({ counter }: { counter: { n: number } }) {
      return counter;
    });
    const scope = new FixtureScope();
    const args = await scope.argumentsFor(function t({
      counter,
      wrapper,
    }: Record<string, unknown>) {
      return [counter, wrapper];
    });
    expect(args.counter).toBe(args.wrapper);
    expect(made).toBe(1);
    await new FixtureScope().argumentsFor(function t({ counter }: Record<string, unknown>) {
      return counter;
    });
    expect(made).toBe(2);
  });

  it("tears generator fixtures down in reverse order, async ones too", async () => {
    const events: string[] = [];
    fixture(function* outer() {
      events.push("outer up");
      yield "o";
      events.push("outer down");
    });
    fixture(async function* inner({ outer }: { outer: string }) {
      events.push("inner up");
      yield `${outer}i`;
      events.push("inner down");
    });
    const scope = new FixtureScope();
    const args = await scope.argumentsFor(function t({ inner }: Record<string, unknown>) {
      return inner;
    });
    expect(args.inner).toBe("oi");
    expect(await scope.close()).toBeNull();
    expect(events).toEqual(["outer up", "inner up", "inner down", "outer down"]);
  });

  it("names the fixtures that exist when one is not found, and refuses an anonymous one", async () => {
    const scope = new FixtureScope();
    const error = await scope
      .argumentsFor(function t({ nosuch }: Record<string, unknown>) {
        return nosuch;
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FixtureLookupError);
    expect((error as Error).message).toMatch(/^fixture "nosuch" not found; available: .*counter/);
    const named = () => 1;
    expect(() => fixture(named as never)).not.toThrow();
    expect(() => fixture((() => 1) as never)).toThrow(/named function/);
    expect(() => fixture(function () {} as never)).toThrow(/named function/);
  });
});

describe("runTests", () => {
  const source = `
export function test_b() {}
export async function test_a({ nosuch }) {}
export function helper() {}
export const test_c = () => { throw new Error("c broke"); };
`;
  const namespace = {
    test_a: function test_a({ nosuch }: Record<string, unknown>) {
      return nosuch;
    },
    test_b() {},
    test_c: () => {
      throw new Error("c broke");
    },
    helper() {},
    testValue: 42,
  };

  it("collects test functions in the order the file defines them", () => {
    expect(collect({ file: "test_x.ts", source, namespace }).map((t) => t.name)).toEqual([
      "test_b",
      "test_a",
      "test_c",
    ]);
  });

  it("reports passed, failed and error as pytest does, with the thrown value located", async () => {
    const report = await runTests([{ file: "test_x.ts", source, namespace }], (thrown, test) => ({
      message: (thrown as Error).message,
      test: test.name,
    }));
    expect(report.tests.map((t) => [t.name, t.outcome, t.phase])).toEqual([
      ["test_b", "passed", undefined],
      ["test_a", "error", "setup"],
      ["test_c", "failed", "call"],
    ]);
    expect(report.tests[2]?.error).toEqual({ message: "c broke", test: "test_c" });
    expect([report.passed, report.failed, report.errors]).toEqual([1, 1, 1]);
  });
});
