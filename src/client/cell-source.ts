/**
 * What the page carries about a cell, in its `data-cell-source` attribute: its files, where the
 * build's transpiled form of them is, its declared requests and, on an exercise, the exercise.
 */
import type { FileMap } from "./cell-storage.ts";
import type { Expectation } from "./exercise-checks.ts";
import type { ExerciseSource } from "./exercise-view.ts";
import type { DeclaredRequest } from "./request-form.ts";

/** A cell as the page describes it. */
export interface CellSource {
  files: FileMap;
  /** Where the build's transpiled form of `files` is (see `StartOptions.prebuilt`). */
  transpiled?: string;
  requests: Array<DeclaredRequest & { expect: Expectation }>;
  /** `shared`: the declared requests keep cookies, like the preview, in the preview's jar. */
  cookies?: "separate" | "shared";
  exercise?: ExerciseSource;
}

/**
 * Read a cell's description from its figure; a missing attribute or list reads as empty.
 * @example const source = readCellSource(figure); // { files: { "app.ts": "…" }, requests: [] }
 */
export function readCellSource(figure: HTMLElement): CellSource {
  const source = JSON.parse(figure.dataset.cellSource ?? "{}") as CellSource;
  source.files ??= {};
  source.requests ??= [];
  return source;
}

/**
 * The GET paths a cell declares, each once, in order: the pane's first links.
 * @example declaredPaths(source) // ["/", "/about"]
 */
export function declaredPaths(source: CellSource): string[] {
  return [
    ...new Set(source.requests.filter((r) => (r.method ?? "GET") === "GET").map((r) => r.path)),
  ];
}
