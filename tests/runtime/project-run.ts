/**
 * Run a downloaded cell project the way its README says, with no network: unzip it, `npm
 * install` (its `.npmrc` keeps npm offline, and the registry is pointed at a closed port to prove
 * it), then the `flask` command on a free port, and hand back its base URL and a way to stop it;
 * or `npm test`, and hand back what it printed and its exit code.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { delimiter, dirname, join } from "node:path";
import { promisify } from "node:util";
import { unzipSync } from "fflate";
import { freePort } from "../../sandbox-runtime/engines/node-engine/free-port.ts";

/** A closed port: any request npm made to the registry would fail at once. */
const NO_REGISTRY = "http://127.0.0.1:9/";

/**
 * Unzip a project into a folder; returns the folders at the zip's top level.
 * @example
 * const [root] = await unzipTo(bytes, "/tmp/x");
 */
export async function unzipTo(zip: Uint8Array, folder: string): Promise<string[]> {
  const top = new Set<string>();
  for (const [path, bytes] of Object.entries(unzipSync(zip))) {
    if (path.endsWith("/")) continue;
    top.add(path.split("/")[0] as string);
    const target = join(folder, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, bytes);
  }
  return [...top].map((name) => join(folder, name));
}

/**
 * `npm install` in a project folder with no registry; returns the environment its commands run
 * in: this Node first on the PATH, so `npm test` runs the project's bins on it.
 * @example
 * const env = await installProject(root);
 */
export async function installProject(root: string): Promise<NodeJS.ProcessEnv> {
  const env = {
    ...process.env,
    npm_config_registry: NO_REGISTRY,
    NO_COLOR: "1",
    PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ""}`,
  };
  await promisify(execFile)("npm", ["install"], { cwd: root, env, timeout: 60_000 });
  return env;
}

/**
 * `npm test` in an installed project: what it printed and how it exited.
 * @example
 * const { code, output } = await npmTest(root, env);
 */
export async function npmTest(
  root: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string }> {
  const child = spawn("npm", ["test"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const timer = setTimeout(() => child.kill(), 30_000);
  const code = await new Promise<number | null>((done) => child.on("close", done));
  clearTimeout(timer);
  return { code, output };
}

/** A project's `flask run` server. */
export interface RunningProject {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * `npm install` then `flask --app app.ts run --port <free>` in a project folder, on this Node.
 * @example
 * const app = await runProject(root);
 * await fetch(app.url);
 * await app.stop();
 */
export async function runProject(root: string): Promise<RunningProject> {
  const env = await installProject(root);
  const port = await freePort();
  const bin = join(root, "node_modules", ".bin", "flask");
  const child: ChildProcess = spawn(
    process.execPath,
    [bin, "--app", "app.ts", "run", "--port", String(port)],
    { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no server after 20 s:\n${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /Running on (http:\/\/\S+)/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1] as string);
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`flask exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill();
      }),
  };
}
