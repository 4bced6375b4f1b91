/**
 * Compare the transpilers a cell could go through: what a browser downloads (gzip of a
 * minified browser bundle, or of the files as shipped) and how long a typical cell takes, cold
 * (fresh process: load, initialise, first cell) and warm (median of later cells).
 *
 *   node bench/transpile.ts                 # candidates installed in this project
 *   node bench/transpile.ts --from <folder> # also look for candidates in <folder>/node_modules
 *
 * Each candidate runs in its own child process so that "cold" really is cold.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const CELL: Record<string, string> = {
  "app.ts": `import { Flask, abort, jsonify, redirect, renderTemplate, request, session, urlFor } from "flask";
import { addBook, type Book, findBook, listBooks, removeBook } from "./models";

interface Filters {
  author?: string;
  year?: number;
}

const app = new Flask(import.meta.url);
app.secretKey = "dev";

app.beforeRequest(function countVisits() {
  session.visits = Number(session.get("visits", 0)) + 1;
});

app.route("/", function index() {
  const filters: Filters = { author: request.args.get("author") ?? undefined };
  const books: Book[] = listBooks().filter((b) => !filters.author || b.author === filters.author);
  return renderTemplate("index.html", { books, visits: session.get("visits") });
});

app.route("/books/<int:id>", function book({ id }: { id: number }) {
  const found = findBook(id);
  if (!found) abort(404);
  return renderTemplate("book.html", { book: found as Book });
});

app.route("/books", { methods: ["POST"] }, function create() {
  const title = request.form.get("title", "").trim();
  const author = request.form.get("author", "").trim();
  if (!title || !author) return ["Title and author are required", 400];
  const created = addBook({ title, author, year: Number(request.form.get("year", "0")) });
  return redirect(urlFor("book", { id: created.id }));
});

app.get("/api/books", function apiList() {
  return jsonify(listBooks());
});

app.delete("/api/books/<int:id>", function apiDelete({ id }: { id: number }) {
  return removeBook(id) ? ["", 204] : [jsonify({ error: "not found" }), 404];
});

app.run({ debug: true });
`,
  "models.ts": `export interface Book {
  id: number;
  title: string;
  author: string;
  year: number;
}

const books = new Map<number, Book>();
let nextId = 1;

export function listBooks(): Book[] {
  return [...books.values()].sort((a, b) => a.title.localeCompare(b.title));
}

export function findBook(id: number): Book | undefined {
  return books.get(id);
}

export function addBook(fields: Omit<Book, "id">): Book {
  const book: Book = { id: nextId++, ...fields };
  books.set(book.id, book);
  return book;
}

export function removeBook(id: number): boolean {
  return books.delete(id);
}
`,
};

type Transform = (source: string, file: string) => unknown;

interface Candidate {
  name: string;
  /** Resolve, load and initialise; return one-file transform. */
  load(require: NodeJS.Require): Promise<Transform>;
  /** Files a browser downloads, or an entry to bundle for the browser. */
  browser(require: NodeJS.Require): { bundle: string } | { files: string[] };
}

const candidates: Candidate[] = [
  {
    name: "sucrase",
    async load(require) {
      const { transform } = (await import(
        pathToFileURL(require.resolve("sucrase")).href
      )) as typeof import("sucrase");
      return (source, file) =>
        transform(source, {
          transforms: ["typescript"],
          disableESTransforms: true,
          filePath: file,
          sourceMapOptions: { compiledFilename: file.replace(/\.ts$/, ".js") },
        });
    },
    browser: (require) => ({
      bundle: join(dirname(require.resolve("sucrase/package.json")), "dist/esm/index.js"),
    }),
  },
  {
    name: "typescript transpileModule",
    async load(require) {
      const ts = (
        (await import(pathToFileURL(require.resolve("typescript")).href)) as {
          default: typeof import("typescript");
        }
      ).default;
      return (source, file) =>
        ts.transpileModule(source, {
          fileName: file,
          reportDiagnostics: true,
          compilerOptions: {
            module: ts.ModuleKind.ESNext,
            target: ts.ScriptTarget.ES2022,
            sourceMap: true,
          },
        });
    },
    browser: (require) => ({ files: [require.resolve("typescript")] }),
  },
  {
    name: "esbuild-wasm",
    async load(require) {
      const esbuild = (await import(
        pathToFileURL(require.resolve("esbuild-wasm")).href
      )) as typeof import("esbuild");
      await esbuild.initialize({});
      // The API is async; a cell's files go through it in parallel as an engine would.
      return (source, file) =>
        esbuild.transform(source, {
          loader: "ts",
          format: "esm",
          sourcemap: "external",
          sourcefile: file,
        });
    },
    browser: (require) => {
      const root = dirname(require.resolve("esbuild-wasm/package.json"));
      return { files: [join(root, "esm/browser.min.js"), join(root, "esbuild.wasm")] };
    },
  },
];

async function transformCell(transform: Transform): Promise<void> {
  await Promise.all(Object.entries(CELL).map(([file, source]) => transform(source, file)));
}

/** In the child: time one candidate and print JSON. */
async function measure(name: string, from: string[]): Promise<void> {
  const candidate = candidates.find((c) => c.name === name);
  if (!candidate) throw new Error(`unknown candidate ${name}`);
  const started = performance.now();
  const transform = await load(candidate, from);
  await transformCell(transform);
  const cold = performance.now() - started;
  for (let i = 0; i < 20; i++) await transformCell(transform);
  const runs: number[] = [];
  for (let i = 0; i < 100; i++) {
    const t = performance.now();
    await transformCell(transform);
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  process.stdout.write(
    JSON.stringify({
      cold,
      warm: runs[Math.floor(runs.length / 2)],
      p90: runs[Math.floor(runs.length * 0.9)],
    }),
  );
}

function requires(from: string[]): NodeJS.Require[] {
  return [
    import.meta.url,
    ...from.map((folder) => pathToFileURL(join(resolve(folder), "package.json")).href),
  ].map((base) => createRequire(base));
}

async function load(candidate: Candidate, from: string[]): Promise<Transform> {
  let lastError: unknown;
  for (const require of requires(from)) {
    try {
      return await candidate.load(require);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

function requireFor(candidate: Candidate, from: string[]): NodeJS.Require | null {
  for (const require of requires(from)) {
    try {
      candidate.browser(require);
      return require;
    } catch {
      // Not installed there.
    }
  }
  return null;
}

async function browserBytes(
  candidate: Candidate,
  require: NodeJS.Require,
): Promise<{ raw: number; gzip: number; how: string }> {
  const target = candidate.browser(require);
  // esbuild comes with the site's toolchain (Vite); without it sizes are of unminified files.
  const esbuild = (await import("esbuild").catch(() => null)) as typeof import("esbuild") | null;
  if ("files" in target) {
    let minified = false;
    const contents = await Promise.all(
      target.files.map(async (file) => {
        const content = readFileSync(file);
        if (!esbuild || !file.endsWith(".js") || file.endsWith(".min.js")) return content;
        minified = true;
        return Buffer.from(
          (await esbuild.transform(content.toString("utf8"), { minify: true })).code,
        );
      }),
    );
    return {
      raw: contents.reduce((sum, c) => sum + c.length, 0),
      gzip: contents.reduce((sum, c) => sum + gzipSync(c, { level: 9 }).length, 0),
      how: minified ? "shipped files, JavaScript minified" : "files as shipped",
    };
  }
  if (!esbuild) {
    const content = readFileSync(target.bundle);
    return {
      raw: content.length,
      gzip: gzipSync(content, { level: 9 }).length,
      how: "entry file only (no bundler found)",
    };
  }
  const result = await esbuild.build({
    entryPoints: [target.bundle],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  const content = Buffer.from(result.outputFiles[0]?.contents ?? new Uint8Array());
  return {
    raw: content.length,
    gzip: gzipSync(content, { level: 9 }).length,
    how: "minified browser bundle",
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const from: string[] = [];
  for (let i = 0; i < args.length; i++)
    if (args[i] === "--from" && args[i + 1]) from.push(args[++i] as string);
  const child = args.indexOf("--child");
  if (child !== -1) return measure(args[child + 1] as string, from);

  const lines = Object.values(CELL).reduce((sum, source) => sum + source.split("\n").length, 0);
  console.log(
    `Typical cell: ${Object.keys(CELL).length} files, ${lines} lines. Node ${process.version}.`,
  );
  console.log(
    "candidate                    | download (gzip)   | raw        | cold ms | warm ms (median / p90)",
  );
  console.log(
    "-----------------------------|-------------------|------------|---------|-----------------------",
  );
  const self = fileURLToPath(import.meta.url);
  for (const candidate of candidates) {
    const require = requireFor(candidate, from);
    if (!require) {
      console.log(`${candidate.name.padEnd(28)} | not installed`);
      continue;
    }
    const size = await browserBytes(candidate, require);
    const fromArgs = from.flatMap((folder) => ["--from", folder]);
    const out = execFileSync(process.execPath, [self, "--child", candidate.name, ...fromArgs], {
      encoding: "utf8",
    });
    const time = JSON.parse(out) as { cold: number; warm: number; p90: number };
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
    console.log(
      `${candidate.name.padEnd(28)} | ${kb(size.gzip).padStart(11)}       | ${kb(size.raw).padStart(10)} | ${time.cold.toFixed(1).padStart(7)} | ${time.warm.toFixed(2)} / ${time.p90.toFixed(2)}  (${size.how})`,
    );
  }
  const { transpileCell } = await import("../sandbox-runtime/engines/transpile/transpile-cell.ts");
  for (let i = 0; i < 20; i++) transpileCell(CELL);
  const runs: number[] = [];
  for (let i = 0; i < 100; i++) {
    const t = performance.now();
    transpileCell(CELL);
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  console.log(
    `\nKolba's transpileCell (sucrase + import rewriting + map edits), warm: ${runs[50]?.toFixed(2)} ms median, ${runs[90]?.toFixed(2)} ms p90`,
  );
}

await main();
