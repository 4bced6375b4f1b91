import { describe, expect, it } from "vitest";
import {
  cellLabel,
  cellPreviewOrigin,
  isPerCellOrigin,
  WORKER_LABEL,
  workerOrigin,
} from "../../sandbox-runtime/engines/preview-origins.ts";

describe("preview origins per cell", () => {
  it("knows a pattern from an origin", () => {
    expect(isPerCellOrigin("https://*.preview.kolba.example")).toBe(true);
    expect(isPerCellOrigin("http://*.kolba.localhost:4322")).toBe(true);
    expect(isPerCellOrigin("https://preview.kolba.example")).toBe(false);
    expect(isPerCellOrigin("http://127.0.0.1:4322")).toBe(false);
  });

  it("names each cell's origin by the cell, and the Workers' by a label no cell gets", () => {
    const pattern = "https://*.preview.kolba.example";
    expect(cellPreviewOrigin(pattern, "hello-flask/smallest-app")).toBe(
      "https://hello-flask--smallest-app.preview.kolba.example",
    );
    expect(cellPreviewOrigin(pattern, "routing/converters")).not.toBe(
      cellPreviewOrigin(pattern, "routing/variables"),
    );
    expect(workerOrigin(pattern)).toBe(`https://${WORKER_LABEL}.preview.kolba.example`);
    expect(cellLabel(WORKER_LABEL)).not.toBe(WORKER_LABEL);
    // One preview origin serves every cell and the Workers.
    expect(cellPreviewOrigin("https://preview.kolba.example", "routing/converters")).toBe(
      "https://preview.kolba.example",
    );
    expect(workerOrigin("http://127.0.0.1:4322")).toBe("http://127.0.0.1:4322");
  });

  it("makes every name a DNS label: lower case, letters, digits and hyphens, at most 63", () => {
    for (const name of [
      "Hello_Flask/Smallest App",
      "ąčę/ūž",
      "-/-",
      "",
      `lesson/${"x".repeat(80)}`,
      "a/b/c",
    ]) {
      const label = cellLabel(name);
      expect(label, name).toMatch(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/);
    }
    expect(cellLabel("Hello_Flask/Smallest App")).toBe("hello-flask--smallest-app");
    // Names that differ only past what a label holds still get labels of their own.
    expect(cellLabel(`l/${"x".repeat(70)}a`)).not.toBe(cellLabel(`l/${"x".repeat(70)}b`));
  });
});
