import { describe, expect, it } from "vitest";

describe("toolchain", () => {
  it("runs on a current Node (>= 22.12), not the machine's older one", () => {
    console.log(`node ${process.version}`);
    const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
    expect(major > 22 || (major === 22 && minor >= 12)).toBe(true);
  });
});
