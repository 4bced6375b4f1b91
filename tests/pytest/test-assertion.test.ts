/**
 * `assert` and `raises`: what passes, and what a failure says.
 * @see pytest testing/test_assertrewrite.py
 */
import { describe, expect, it } from "vitest";
import { AssertionError, assert, raises } from "../../sandbox-runtime/pytest/index.ts";

const failure = (fn: () => void): string => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AssertionError);
    return (error as Error).message;
  }
  throw new Error("did not fail");
};

describe("assert", () => {
  it("passes a truthy value and names a falsy one", () => {
    assert(1);
    assert("x");
    expect(failure(() => assert(0))).toBe("assert 0");
    expect(failure(() => assert("", "no name"))).toBe('no name\nassert ""');
  });

  it("compares lists, objects and bytes by content, as Python's == does", () => {
    assert.equal([1, { a: [2] }], [1, { a: [2] }]);
    assert.equal({ b: 1, a: 2 }, { a: 2, b: 1 });
    assert.equal(new Uint8Array([1, 2]), new Uint8Array([1, 2]));
    expect(failure(() => assert.equal(404, 200))).toBe("assert 404 == 200");
    expect(failure(() => assert.equal({ a: 1 }, { a: 1, b: 2 }))).toBe(
      'assert {"a":1} == {"a":1,"b":2}',
    );
    expect(failure(() => assert.notEqual("a", "a"))).toBe('assert "a" != "a"');
  });

  it("looks inside strings, lists, objects and anything with has()", () => {
    assert.includes("Hello, Ana", "Ana");
    assert.includes([1, [2]], [2]);
    assert.includes({ user: "ana" }, "user");
    assert.includes(new Map([["k", 1]]), "k");
    assert.notIncludes("Hello", "Bob");
    expect(failure(() => assert.includes("Hello", "Bob"))).toBe('assert "Bob" in "Hello"');
    expect(failure(() => assert.notIncludes([1, 2], 2))).toBe("assert 2 not in [1,2]");
  });

  it("shortens a long value in the message", () => {
    const message = failure(() => assert.equal("x".repeat(1000), "y"));
    expect(message.length).toBeLessThan(300);
    expect(message).toContain("…");
  });
});

describe("raises", () => {
  it("returns the error of the expected class, sync or async", async () => {
    const error = await raises(TypeError, () => {
      throw new TypeError("bad");
    });
    expect(error.message).toBe("bad");
    await expect(
      raises(RangeError, async () => Promise.reject(new RangeError("r"))),
    ).resolves.toBeInstanceOf(RangeError);
  });

  it("catches a failed assert as the AssertionError Flask raises: Python has one", async () => {
    const flask = await import("flask");
    expect(AssertionError).toBe(flask.AssertionError);
    const error = await raises(flask.AssertionError, () => assert.equal(404, 200));
    expect(error.message).toBe("assert 404 == 200");
    const app = new flask.Flask("one_error");
    app.get("/", function index() {
      return "";
    });
    // Flask's own setup mistake, caught by pytest's class.
    await raises(AssertionError, () =>
      app.get("/other", function index() {
        return "";
      }),
    );
  });

  it("fails when nothing is thrown, and lets another error through", async () => {
    await expect(raises(TypeError, () => 1)).rejects.toThrow("DID NOT RAISE TypeError");
    await expect(
      raises(TypeError, () => {
        throw new RangeError("other");
      }),
    ).rejects.toThrow("other");
  });
});

describe("assert.includes on the session", () => {
  it("looks at the session's keys, as `key in session` does", async () => {
    const { Flask } = await import("flask");
    const app = new Flask(import.meta.url);
    app.secretKey = "dev";
    const client = app.testClient();
    await client.sessionTransaction((sess) => {
      sess.user = "ana";
      assert.includes(sess, "user");
      assert.notIncludes(sess, "cart");
    });
  });
});
