/**
 * Send a conformance request script through the port and print normalized results.
 * Usage: node tests/conformance/harness/run-port.ts APP.ts SCRIPT.json   (SCRIPT may be "-")
 * @example const results = await runPortScript("/abs/hello.ts", script);
 * @see werkzeug/test.py Client.open (what run_flask.py drives on the Flask side)
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { CookieJar } from "./cookie-jar.ts";
import { DEFAULT_HEADERS, normalizeJar, normalizeResponse, type Result } from "./normalize.ts";
import { buildRequest, requestUrl } from "./request-body.ts";
import { parseScript, requestLabel, requestOf, type Script } from "./script.ts";

type FetchingApp = { fetch(request: Request, env?: unknown): Promise<Response> | Response };

function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/**
 * Load a pair's `.ts` module and return its app: the exported `app`, or else the one app the
 * module created (a lesson cell ends with `app.run()` and exports nothing), as `flask run` finds it.
 */
export async function loadPortApp(tsPath: string): Promise<FetchingApp> {
  const { setAppCreatedHook, setRunningFromCli } = await import("flask/runtime");
  const created: unknown[] = [];
  setAppCreatedHook((app) => created.push(app));
  // Like the flask command: the module's own app.run() must not start a server.
  setRunningFromCli(true);
  const module = await import(pathToFileURL(resolve(tsPath)).href);
  const app = module.app ?? (created.length === 1 ? created[0] : undefined);
  if (!app || typeof (app as FetchingApp).fetch !== "function") {
    throw new Error(`${tsPath} neither exports an app nor creates exactly one`);
  }
  return app as FetchingApp;
}

/** Run every request of `script` against the port app in `tsPath`. */
export async function runPortScript(tsPath: string, script: Script): Promise<Result[]> {
  const app = await loadPortApp(tsPath);
  const wanted = [...DEFAULT_HEADERS, ...(script.headers ?? [])];
  let jar = new CookieJar();
  const results: Result[] = [];
  let previous = new Map<string, string>();
  for (const line of script.requests) {
    const request = requestOf(line);
    const label = requestLabel(request);
    if (!script.keepCookies) jar = new CookieJar();
    for (const [key, value] of Object.entries(request.cookies ?? {})) jar.set(key, value);
    const requestTime = Date.now() / 1000;
    try {
      const url = requestUrl(request);
      const explicitCookie = Object.keys(request.headers ?? {}).some(
        (h) => h.toLowerCase() === "cookie",
      );
      const webRequest = await buildRequest(
        request,
        explicitCookie ? undefined : jar.header(),
        previous,
      );
      // Flask's test client reports REMOTE_ADDR 127.0.0.1; engines pass the peer this way.
      const response = await app.fetch(webRequest, { remoteAddr: "127.0.0.1" });
      const body = new Uint8Array(await response.arrayBuffer());
      const headers: [string, string][] = [];
      response.headers.forEach((value, name) => {
        if (name !== "set-cookie") headers.push([name, value]);
      });
      previous = new Map(headers.map(([name, value]) => [name.toLowerCase(), value]));
      const setCookies = response.headers.getSetCookie();
      for (const value of setCookies) headers.push(["set-cookie", value]);
      // An explicit Cookie header bypasses the jar for that request, as on the Flask side.
      if (!explicitCookie) jar.store(url, setCookies);
      const status = `${response.status} ${response.statusText}`;
      const result: Result = {
        request: label,
        ...normalizeResponse({ status, headers, body, requestTime }, wanted),
      };
      if (script.keepCookies) result.cookies = normalizeJar(jar.entries());
      results.push(result);
    } catch (error) {
      results.push({ request: label, error: errorText(error) });
    }
  }
  return results;
}

async function main(args: string[]): Promise<number> {
  if (args.length !== 2) {
    console.error("usage: run-port.ts APP.ts SCRIPT.json");
    return 2;
  }
  const [appPath, scriptPath] = args as [string, string];
  // stdout carries the results; what the app prints goes to stderr, as run_flask.py does.
  console.log = console.error;
  console.info = console.error;
  const text = scriptPath === "-" ? readFileSync(0, "utf8") : readFileSync(scriptPath, "utf8");
  const results = await runPortScript(appPath, parseScript(JSON.parse(text)));
  process.stdout.write(`${JSON.stringify({ port: "kolba", results })}\n`);
  return 0;
}

if (import.meta.main) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    const code = (error as { code?: string }).code;
    console.error(`${errorText(error)}${code ? ` [${code}]` : ""}`);
    process.exitCode = 1;
  }
}
