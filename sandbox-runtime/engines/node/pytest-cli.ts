/**
 * The `pytest` command of a downloaded project (`npm test`): finds the cell's `test_*.ts`,
 * imports them with the project's TypeScript hooks, runs them with the port's runner (the same
 * module instance a test's `import … from "pytest"` gets) and prints pytest's report. While it
 * runs, `app.run()` serves nothing, as `if __name__ == "__main__"` keeps Python's quiet.
 * @see _pytest/main.py, _pytest/terminal.py
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { registerHooks } from "node:module";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { runTests, type TestModule } from "../../pytest/runner.ts";
import { isTestFile, locateTestFailure } from "../cell-tests.ts";
import { locateThrown } from "../transpile/located.ts";
import type { FrameResolver } from "../transpile/source-map-resolver.ts";
// The Node entry is installed now, so the runner set below replaces its server for good.
import "./flask.ts";
import { setServerRunner } from "flask/runtime";
import { EXIT, exitCode, formatSession, type ReportedTest, type Session } from "./pytest-report.ts";

// Beside the sources these are .ts; in the built package a downloaded project carries, .js.
const EXT = import.meta.url.slice(-3);
const FLASK = new URL(`./flask${EXT}`, import.meta.url).href;
const PYTEST = new URL(`../../pytest/index${EXT}`, import.meta.url).href;

const USAGE = `Usage: pytest [options] [file_or_dir] [file_or_dir] [...]

  Run the test_*.ts modules of this folder (or the files and folders given):
  every exported function whose name starts with "test".

Options:
  -h, --help  Show this message and exit.`;

/** Folders pytest never looks in, and the vendored port's. */
const SKIPPED = new Set(["node_modules", "vendor", "venv", "build", "dist", "instance"]);

/**
 * The project's TypeScript files under a folder, by path relative to `root` with `/`.
 * @example learnerFiles("/home/ana/cell"); // ["app.ts", "test_app.ts"]
 */
export function learnerFiles(root: string, under: string = root): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name)) walk(path);
      } else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) {
        found.push(relative(root, path).split(sep).join("/"));
      }
    }
  };
  walk(under);
  return found.sort();
}

/**
 * A resolver for stack frames in the learner's files. The project's hooks give each module a
 * source map and Node applies it, so a frame already carries the learner's line and column;
 * this only names the file as the learner does (`test_app.ts`).
 */
function learnerResolver(root: string, sources: Record<string, string>): FrameResolver {
  return (frame) => {
    let path = frame.file.replace(/[?#].*$/, "");
    if (path.startsWith("file:")) path = fileURLToPath(path);
    if (!isAbsolute(path)) return null;
    const file = relative(root, path).split(sep).join("/");
    return file in sources ? { file, line: frame.line, column: frame.column } : null;
  };
}

/** What the command line asks for: the test files, or why it cannot be run. */
function testFilesFor(
  root: string,
  args: string[],
): { files: string[] } | { usage: string } | { help: true } {
  const paths: string[] = [];
  for (const arg of args) {
    if (arg === "-h" || arg === "--help") return { help: true };
    if (arg.startsWith("-")) return { usage: `ERROR: unrecognized arguments: ${arg}` };
    paths.push(arg);
  }
  if (paths.length === 0) return { files: learnerFiles(root).filter(isTestFile) };
  const files = new Set<string>();
  for (const path of paths) {
    const full = resolve(root, path);
    let isFolder: boolean;
    try {
      isFolder = statSync(full).isDirectory();
    } catch {
      return { usage: `ERROR: file or directory not found: ${path}` };
    }
    if (isFolder) for (const file of learnerFiles(root, full).filter(isTestFile)) files.add(file);
    else files.add(relative(root, full).split(sep).join("/"));
  }
  return { files: [...files].sort() };
}

/**
 * Run the command line in `process.argv` (what the `pytest` binary does) and exit with
 * pytest's code: 0 when every test passed, 1 when one did not, 2 when a module could not be
 * imported, 4 on a bad command line, 5 when there was no test.
 * @example
 * await main();
 */
export async function main(): Promise<never> {
  const began = performance.now();
  const root = process.cwd();
  const asked = testFilesFor(root, process.argv.slice(2));
  if ("help" in asked) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(EXIT.ok);
  }
  if ("usage" in asked) {
    process.stderr.write(`${USAGE}\n${asked.usage}\n`);
    process.exit(EXIT.usage);
  }
  // Tests import "flask" and "pytest": both are this package's, wherever the tests live.
  registerHooks({
    resolve(specifier, context, next) {
      if (specifier === "flask") return { url: FLASK, shortCircuit: true };
      if (specifier === "pytest") return { url: PYTEST, shortCircuit: true };
      return next(specifier, context);
    },
  });
  setServerRunner(async () => ({
    host: "127.0.0.1",
    port: 0,
    url: "http://127.0.0.1/",
    close: async () => {},
  }));
  const sources: Record<string, string> = {};
  for (const file of new Set([...learnerFiles(root), ...asked.files]))
    sources[file] = readFileSync(join(root, file), "utf8");
  const resolveFrame = learnerResolver(root, sources);
  // Collection: a module that cannot be imported stops the run before any test, as in pytest.
  const modules: TestModule[] = [];
  for (const file of asked.files) {
    try {
      const url = pathToFileURL(join(root, file)).href;
      const namespace = (await import(url)) as Record<string, unknown>;
      modules.push({ file, source: sources[file] ?? "", namespace });
    } catch (thrown) {
      const located = locateThrown("startup", thrown, resolveFrame, sources);
      // Node names the files by their full paths; the learner knows them as the cell's.
      const message = located.message.replaceAll(`${root}${sep}`, "");
      return finish(root, began, [], { file, error: { ...located, message } });
    }
  }
  const report = await runTests(modules, (thrown, test) =>
    locateTestFailure(thrown, test, resolveFrame, sources),
  );
  return finish(root, began, report.tests);
}

/** Print the report and exit with pytest's code. */
async function finish(
  root: string,
  began: number,
  tests: ReportedTest[],
  collectError?: Session["collectError"],
): Promise<never> {
  const session: Session = {
    rootdir: root,
    node: process.version,
    tests,
    ...(collectError ? { collectError } : {}),
    seconds: (performance.now() - began) / 1000,
    width: process.stdout.isTTY ? Math.max(60, process.stdout.columns) : 80,
  };
  const code = exitCode(session);
  await new Promise<void>((done) => process.stdout.write(formatSession(session), () => done()));
  process.exit(code);
}
