/**
 * Cells: the small apps lessons embed. A cell is a folder `cells/<lesson>/<cell>/` shared by every
 * locale: `app.ts` (the entry), more `.ts` modules, `templates/`, `static/`, the Flask twin
 * `app.py`, and `cell.json` (its title and the requests to try).
 *
 * The files are read through Vite's `import.meta.glob` rather than `node:fs`: Vite then knows every
 * cell file as a dependency of the pages that show it (the dev server reloads a lesson when one of
 * its cells changes), the same code runs in `astro build`, `astro dev` and Vitest, and no path has
 * to be worked out from wherever the bundler puts the compiled module. The text ends up only in the
 * build's server chunk, never in the pages' JavaScript (they have none).
 */
import type { z } from "zod";
import { isTestFile } from "../../sandbox-runtime/engines/cell-tests.ts";
import { type CellManifest, type CellRequest, cellManifestSchema } from "./cell-schema.ts";
import {
  type ExerciseCheck,
  type ExerciseManifest,
  type ExerciseTestCheck,
  exerciseManifestSchema,
  type LocalizedText,
} from "./exercise-schema.ts";

/** The folder that holds every cell, relative to the project root. */
export const cellsRoot = "cells";

/** The file a cell starts from. */
export const entryFile = "app.ts";

/** The cell's Flask twin, shown read-only. */
export const twinFile = "app.py";

/** The cell's manifest. */
export const manifestFile = "cell.json";

/** An exercise's checks and hints. */
export const exerciseFile = "exercise.json";

/** The folder of an exercise's reference solution and its Flask twin. */
export const solutionFolder = "solution";

/** The folder of the apps an exercise ships broken on purpose, for its learner's tests to catch. */
export const brokenFolder = "broken";

/** One file of a cell as the page shows it. */
export interface CellFile {
  /** Path inside the cell folder, with forward slashes: `templates/base.html`. */
  path: string;
  /** The file's text. */
  content: string;
  /** Shiki's name for the file's language. */
  lang: string;
}

/** A loaded, validated cell. */
export interface Cell {
  /** `<lesson>/<cell>`, the folder under `cells/`. */
  name: string;
  /** The files a learner works on, in tab order: `app.ts` first. */
  files: CellFile[];
  /** The Flask twin, `app.py`. */
  twin: CellFile;
  /** The twin's other Python files (`auth.py`, the pytest twin `test_app.py`), read-only too. */
  twins: CellFile[];
  /** Whether the cell holds tests (`test_*.ts`), which the learner runs with Run tests. */
  hasTests: boolean;
  title: CellManifest["title"];
  /** Whether the requests share one cookie jar (`shared`) or go alone (`separate`). */
  cookies: CellManifest["cookies"];
  requests: CellRequest[];
  /** Set when the cell is an exercise: its checks, hints and reference solution. */
  exercise?: Exercise;
}

/** What makes a cell an exercise, loaded from `exercise.json` and `solution/`. */
export interface Exercise {
  /** Whether the checks share one cookie jar (`shared`) or go alone (`separate`). */
  cookies: ExerciseManifest["cookies"];
  checks: ExerciseCheck[];
  hints: LocalizedText[];
  /** The solution's files, by the cell paths they replace (`app.ts`, `templates/…`). */
  solution: CellFile[];
  /** The solution's Flask twin, `solution/app.py`. */
  solutionTwin: CellFile;
  /** The checks of the learner's tests, each with the files of the app it runs them on. */
  tests: ExerciseTests[];
}

/** A check of the learner's tests, with the broken app's files (by the paths they replace). */
export type ExerciseTests = ExerciseTestCheck & { files?: CellFile[] };

const segment = "[a-z0-9]+(?:-[a-z0-9]+)*";
const cellNamePattern = new RegExp(`^${segment}/${segment}$`);

/**
 * Whether a string has the shape of a cell name: two kebab-case segments, lesson then cell.
 * @example isCellName("routing/two-routes") // true
 */
export function isCellName(name: string): boolean {
  return cellNamePattern.test(name);
}

/**
 * Splits the keys of a glob over `/cells/**` into cells: `{ "routing/two-routes": { "app.ts":
 * "…" } }`. Files that do not sit inside a `<lesson>/<cell>/` folder belong to no cell.
 * @example groupCellSources({ "/cells/a/b/app.ts": "x" }) // Map { "a/b" => { "app.ts": "x" } }
 */
export function groupCellSources(
  modules: Record<string, string>,
): Map<string, Record<string, string>> {
  const cells = new Map<string, Record<string, string>>();
  for (const [key, content] of Object.entries(modules)) {
    const parts = key.replace(/\\/g, "/").replace(/^\/+/, "").split("/");
    if (parts[0] === cellsRoot) parts.shift();
    if (parts.length < 3) continue;
    const name = `${parts[0]}/${parts[1]}`;
    const files = cells.get(name) ?? {};
    files[parts.slice(2).join("/")] = content;
    cells.set(name, files);
  }
  return cells;
}

/**
 * Whether a cell is an exercise (checks, hints, a solution): its folder is `<lesson>/exercise`.
 * Such a cell without `exercise.json` or its solution fails the build, naming them.
 * @example isExerciseName("routing/exercise") // true
 */
export function isExerciseName(name: string): boolean {
  return name.endsWith("/exercise");
}

/** Whether a path belongs to the exercise's own files rather than the learner's. */
function isExercisePart(path: string): boolean {
  return (
    path === exerciseFile ||
    path.startsWith(`${solutionFolder}/`) ||
    path.startsWith(`${brokenFolder}/`)
  );
}

/** Whether a file belongs to the Flask twin (any `.py` file): shown read-only, never run. */
function isTwinPart(path: string): boolean {
  return path.endsWith(".py");
}

/**
 * Where a file goes among a cell's tabs: the entry, other TypeScript modules, templates, static
 * files, then anything else. The twin and the manifest are not tabs of their own.
 */
export function cellFileRank(path: string): number {
  if (path === entryFile) return 0;
  if (path.endsWith(".ts")) return isTestFile(path) ? 4 : 1;
  if (path.startsWith("templates/")) return 2;
  if (path.startsWith("static/")) return 3;
  return 5;
}

/**
 * Orders a cell's files for its tabs (app.ts, other .ts, templates/, static/, the rest; by path
 * within each group), leaving out the Python twin's `.py` files, `cell.json` and an exercise's
 * `exercise.json`, `solution/` and `broken/`.
 * @example sortCellFiles(["static/a.css", "app.py", "lib.ts", "app.ts"]) // ["app.ts", "lib.ts", "static/a.css"]
 */
export function sortCellFiles(paths: readonly string[]): string[] {
  return paths
    .filter((p) => !isTwinPart(p) && p !== manifestFile && !isExercisePart(p))
    .sort((a, b) => cellFileRank(a) - cellFileRank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

const languages: Record<string, string> = {
  ts: "ts",
  mts: "ts",
  js: "js",
  mjs: "js",
  py: "python",
  html: "html",
  htm: "html",
  xml: "xml",
  svg: "xml",
  css: "css",
  json: "json",
  md: "md",
  txt: "plaintext",
};

/**
 * Shiki's language for a file, from its extension; plain text when unknown.
 * @example languageOf("templates/index.html") // "html"
 */
export function languageOf(path: string): string {
  const dot = path.lastIndexOf(".");
  const extension = dot === -1 ? "" : path.slice(dot + 1).toLowerCase();
  return languages[extension] ?? "plaintext";
}

/**
 * Parses a JSON file against a zod schema. Errors name the file and each bad field:
 * `cells/routing/x/cell.json: requests.0.expect.status: …`.
 */
function parseJsonFile<T>(file: string, text: string, schema: z.ZodType<T>, what: string): T {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join(".") : "(the whole file)";
    const extra = issue.code === "unrecognized_keys" ? ` (${issue.keys.join(", ")})` : "";
    return `${file}: ${field}: ${issue.message}${extra}`;
  });
  throw new Error(`Invalid ${what}:\n  ${problems.join("\n  ")}`);
}

/**
 * Parses and validates a `cell.json`. Errors name the file and each bad field:
 * `cells/routing/x/cell.json: requests.0.expect.status: …`.
 */
export function parseCellManifest(file: string, text: string): CellManifest {
  return parseJsonFile(file, text, cellManifestSchema, "cell manifest");
}

/**
 * Parses and validates an `exercise.json`. Errors name the file and each bad field:
 * `cells/routing/exercise/exercise.json: checks.0.title.kk: …`.
 */
export function parseExerciseManifest(file: string, text: string): ExerciseManifest {
  return parseJsonFile(file, text, exerciseManifestSchema, "exercise");
}

function fileOf(sources: Record<string, string>, path: string, as = path): CellFile {
  return { path: as, content: sources[path]!, lang: languageOf(path) };
}

/**
 * Loads an exercise cell's `exercise.json` and `solution/`. Throws, naming the file, when one
 * is missing or `exercise.json` is bad.
 */
export function buildExercise(name: string, sources: Record<string, string>): Exercise {
  const folder = `${cellsRoot}/${name}`;
  const needed = [exerciseFile, `${solutionFolder}/${entryFile}`, `${solutionFolder}/${twinFile}`];
  const missing = needed.filter((f) => sources[f] === undefined);
  if (missing.length > 0) {
    throw new Error(`${folder}/: the exercise has no ${missing.join(", ")}`);
  }
  const manifest = parseExerciseManifest(`${folder}/${exerciseFile}`, sources[exerciseFile]!);
  const prefix = `${solutionFolder}/`;
  const inSolution = Object.keys(sources)
    .filter((p) => p.startsWith(prefix))
    .map((p) => p.slice(prefix.length));
  const tests = manifest.tests.map((check, index): ExerciseTests => {
    if (!check.app) return check;
    const own = `${check.app}/`;
    const inside = Object.keys(sources).filter((p) => p.startsWith(own));
    if (!inside.some((p) => p.endsWith(".ts"))) {
      throw new Error(
        `${folder}/${exerciseFile}: tests.${index}.app: ${folder}/${check.app}/ holds no .ts file to run the tests on`,
      );
    }
    return {
      ...check,
      files: sortCellFiles(inside.map((p) => p.slice(own.length))).map((p) =>
        fileOf(sources, own + p, p),
      ),
    };
  });
  return {
    cookies: manifest.cookies,
    checks: manifest.checks,
    hints: manifest.hints,
    solution: sortCellFiles(inSolution).map((p) => fileOf(sources, prefix + p, p)),
    solutionTwin: fileOf(sources, prefix + twinFile, twinFile),
    tests,
  };
}

/**
 * Builds a cell from its files (paths relative to the cell folder). Throws, naming the folder,
 * when `app.ts`, `app.py` or `cell.json` is missing, naming the field when `cell.json` or an
 * exercise's `exercise.json` is bad, and naming the file when `exercise.json` or `solution/`
 * sits in a cell that is not an exercise.
 */
export function buildCell(name: string, sources: Record<string, string>): Cell {
  const folder = `${cellsRoot}/${name}`;
  const missing = [entryFile, twinFile, manifestFile].filter((f) => sources[f] === undefined);
  if (missing.length > 0) {
    throw new Error(`${folder}/: the cell has no ${missing.join(", ")}`);
  }
  if (!isExerciseName(name)) {
    const stray = Object.keys(sources).filter(isExercisePart);
    if (stray.length > 0) {
      throw new Error(
        `${folder}/${stray[0]}: only an exercise cell (<lesson>/exercise) has ${exerciseFile} or ${solutionFolder}/`,
      );
    }
  }
  const manifest = parseCellManifest(`${folder}/${manifestFile}`, sources[manifestFile]!);
  const files = sortCellFiles(Object.keys(sources)).map((path) => fileOf(sources, path));
  if (manifest.tests && !files.some((f) => isTestFile(f.path))) {
    throw new Error(`${folder}/${manifestFile}: tests: the cell has no test_*.ts to run`);
  }
  return {
    name,
    files,
    twin: fileOf(sources, twinFile),
    twins: Object.keys(sources)
      .filter((p) => isTwinPart(p) && p !== twinFile && !isExercisePart(p))
      .sort(
        (a, b) => Number(a.startsWith("test_")) - Number(b.startsWith("test_")) || (a < b ? -1 : 1),
      )
      .map((p) => fileOf(sources, p)),
    hasTests: files.some((f) => isTestFile(f.path)),
    title: manifest.title,
    cookies: manifest.cookies,
    requests: manifest.requests,
    ...(isExerciseName(name) ? { exercise: buildExercise(name, sources) } : {}),
  };
}

/**
 * The error for a cell name no folder answers to, naming the lesson that asked for it.
 */
export function unknownCellError(name: string, from: string, known: readonly string[]): Error {
  const why = isCellName(name)
    ? `there is no folder ${cellsRoot}/${name}/`
    : 'a cell name is "<lesson>/<cell>" in kebab-case, such as "routing/two-routes"';
  const near = known.filter((k) => k.split("/")[0] === name.split("/")[0]);
  const hint = near.length > 0 ? ` Cells of that lesson: ${near.join(", ")}.` : "";
  return new Error(`${from}: unknown cell "${name}": ${why}.${hint}`);
}

/** A loader over one set of cell sources, keyed as a glob over `/cells/**` gives them. */
export function cellLibrary(modules: Record<string, string>) {
  const sources = groupCellSources(modules);
  const built = new Map<string, Cell>();
  const names = (): string[] => [...sources.keys()].sort();
  return {
    /** Every cell's name, sorted. */
    names,
    /**
     * Loads one cell; `from` names the file that asks (a lesson), for the error when there is no
     * such cell.
     */
    load(name: string, from: string): Cell {
      const cached = built.get(name);
      if (cached) return cached;
      const files = sources.get(name);
      if (!files || !isCellName(name)) throw unknownCellError(name, from, names());
      const cell = buildCell(name, files);
      built.set(name, cell);
      return cell;
    },
  };
}

const library = cellLibrary(
  import.meta.glob<string>("/cells/**/*", { query: "?raw", import: "default", eager: true }),
);

/** The names of every cell in `cells/`. */
export function cellNames(): string[] {
  return library.names();
}

/**
 * Loads a cell from `cells/` at build time.
 * @example loadCell("routing/two-routes", "lessons/en/routing.mdx").files[0].path // "app.ts"
 */
export function loadCell(name: string, from: string): Cell {
  return library.load(name, from);
}

/**
 * The exercise cells of every lesson that has one, for the outline's "exercise passed" marks
 * and the solution files.
 * @example exerciseCells().map((cell) => cell.name) // ["dynamic-urls/exercise", …]
 */
export function exerciseCells(): Cell[] {
  return library
    .names()
    .filter(isExerciseName)
    .map((name) => library.load(name, `${cellsRoot}/${name}/`));
}

/**
 * The files a cell starts from, as the page hands them to the engine (path → content).
 * @example cellStartFiles(loadCell("routing/two-routes", "…"))["app.ts"] // "import { Flask } …"
 */
export function cellStartFiles(cell: Cell): Record<string, string> {
  return Object.fromEntries(cell.files.map((file) => [file.path, file.content]));
}

/**
 * Where the site serves a cell's files as the build transpiled them.
 * @example transpiledPath("routing/two-routes") // "transpiled/routing/two-routes.json"
 */
export function transpiledPath(name: string): string {
  return `transpiled/${name}.json`;
}

/**
 * Where the site serves an exercise's solution files as JSON, fetched only when the learner
 * asks to see them (so the solution is in neither the page nor its scripts).
 * @example solutionPath("dynamic-urls/exercise") // "solutions/dynamic-urls/exercise.json"
 */
export function solutionPath(name: string): string {
  return `solutions/${name}.json`;
}
