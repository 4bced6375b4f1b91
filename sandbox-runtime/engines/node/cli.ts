#!/usr/bin/env node
/**
 * The `flask` command: `flask --app hello.ts run [--host H] [--port N] [--debug]` and
 * `flask --app hello.ts routes`.
 * @see flask/cli.py
 */
import { existsSync } from "node:fs";
import { registerHooks } from "node:module";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { setAppCreatedHook, setRunningFromCli } from "flask/runtime";
import { Flask } from "./flask.ts";
import { formatRoutes } from "./routes-table.ts";

// Beside the sources this is flask.ts; in the built package a downloaded project carries, flask.js.
const ENTRY = new URL(`./flask${import.meta.url.slice(-3)}`, import.meta.url).href;

const USAGE = `Usage: flask [OPTIONS] COMMAND [ARGS]...

  A general utility script for Flask applications.

  An application to load must be given with the '--app' option or the
  'FLASK_APP' environment variable.

Options:
  -A, --app IMPORT  The Flask application or factory function to load.
  --debug / --no-debug  Set debug mode.
  --help            Show this message and exit.

Commands:
  routes  Show the routes for the app.
  run     Run a development server.`;

/** Parsed command line. */
interface Parsed {
  app: string | undefined;
  debug: boolean | undefined;
  command: string | undefined;
  host: string | undefined;
  port: number | undefined;
  sort: string | undefined;
  allMethods: boolean;
  help: boolean;
}

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function parse(argv: string[]): Parsed {
  const out: Parsed = {
    app: process.env.FLASK_APP,
    debug: process.env.FLASK_DEBUG
      ? !["0", "false", "no"].includes(process.env.FLASK_DEBUG.toLowerCase())
      : undefined,
    command: undefined,
    host: process.env.FLASK_RUN_HOST,
    port: process.env.FLASK_RUN_PORT ? Number(process.env.FLASK_RUN_PORT) : undefined,
    sort: undefined,
    allMethods: false,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) fail(`Error: Option '${flag}' requires an argument.`);
      return v;
    };
    if (flag === "--app" || flag === "-A") out.app = value();
    else if (flag === "--debug") out.debug = true;
    else if (flag === "--no-debug") out.debug = false;
    else if (flag === "--host" || flag === "-h") out.host = value();
    else if (flag === "--port" || flag === "-p") {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0 || n > 65535)
        fail(`Error: Invalid value for '--port' / '-p': '${argv[i]}' is not a valid integer.`);
      out.port = n;
    } else if (flag === "--sort" || flag === "-s") out.sort = value();
    else if (flag === "--all-methods") out.allMethods = true;
    else if (flag === "--help") out.help = true;
    else if (!flag.startsWith("-") && out.command === undefined) out.command = flag;
    else fail(`Error: No such option: ${flag}`);
  }
  return out;
}

/**
 * Import the app module and find the app: an export named `app` or `application`, the default
 * export, the only exported Flask app, a `createApp`/`makeApp` factory, or the app the module made.
 * @example
 * const app = await loadApp("hello.ts");
 * @see flask/cli.py find_best_app
 */
export async function loadApp(spec: string): Promise<Flask> {
  const [file, attr] = spec.split(":") as [string, string | undefined];
  const path = /\.[cm]?[jt]sx?$/.test(file) ? file : `${file}.ts`;
  const created: Flask[] = [];
  setAppCreatedHook((app) => created.push(app as Flask));
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(resolve(path)).href)) as Record<string, unknown>;
  } finally {
    setAppCreatedHook(undefined);
  }
  const call = async (v: unknown) =>
    typeof v === "function" && !(v instanceof Flask) ? await (v as () => unknown)() : v;
  if (attr) {
    const found = await call(mod[attr.replace(/\(\)$/, "")]);
    if (found instanceof Flask) return found;
    throw new Error(`Failed to find attribute '${attr}' in '${file}'.`);
  }
  for (const name of ["app", "application", "default"])
    if (mod[name] instanceof Flask) return mod[name] as Flask;
  const apps = Object.values(mod).filter((v): v is Flask => v instanceof Flask);
  if (apps.length === 1) return apps[0] as Flask;
  if (apps.length > 1) {
    throw new Error(
      `Detected multiple Flask applications in module '${file}'. Use '${file}:name' to specify the correct one.`,
    );
  }
  for (const name of ["createApp", "makeApp", "create_app", "make_app"]) {
    const made = await call(mod[name]);
    if (made instanceof Flask) return made;
  }
  if (created.length === 1) return created[0] as Flask;
  throw new Error(
    `Failed to find Flask application or factory in module '${file}'. Use '${file}:name' to specify one.`,
  );
}

/**
 * Run the command line in `process.argv` (what the `flask` binary does).
 * @example
 * await main();
 */
export async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  if (args.help || !args.command) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(args.help ? 0 : 2);
  }
  // Like Flask's wsgi.py / app.py fallback.
  args.app ??= ["wsgi.ts", "app.ts"].find((file) => existsSync(resolve(file)));
  if (!args.app) {
    fail(
      "Error: Could not locate a Flask application. Use the 'flask --app' option, 'FLASK_APP' environment variable, or a 'wsgi.ts' or 'app.ts' file in the current directory.",
    );
  }
  // Cells import "flask"; point it at this package wherever the cell lives.
  registerHooks({
    resolve(specifier, context, next) {
      if (specifier === "flask") return { url: ENTRY, shortCircuit: true };
      return next(specifier, context);
    },
  });
  setRunningFromCli(true);
  let app: Flask;
  try {
    app = await loadApp(args.app);
  } catch (error) {
    fail(`Error: ${(error as Error).message}`);
  }
  if (args.command === "routes") {
    const sort = (args.sort ?? "endpoint") as "endpoint" | "methods" | "rule" | "match";
    process.stdout.write(
      `${formatRoutes(app.urlMap.rules, { sort, allMethods: args.allMethods })}\n`,
    );
    return;
  }
  if (args.command === "run") {
    if (args.debug !== undefined) app.debug = args.debug;
    setRunningFromCli(false);
    const name = args.app.split(":")[0]?.replace(/\.[cm]?[jt]sx?$/, "") ?? app.name;
    await app.run({ host: args.host ?? "127.0.0.1", port: args.port ?? 5000, appName: name });
    return;
  }
  fail(
    `Usage: flask [OPTIONS] COMMAND [ARGS]...\nTry 'flask --help' for help.\n\nError: No such command '${args.command}'.`,
  );
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  });
}
