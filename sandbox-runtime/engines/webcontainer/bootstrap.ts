/**
 * The first module of a cell's process inside a WebContainer. It opens the side channel on
 * `KOLBA_SIDE_PORT`, puts the port on its plain-slot context store (the WebContainer's
 * AsyncLocalStorage loses its store across `await`) with the server taking one request at a
 * time (`one-at-a-time.ts`, the one queue: the store lets through the calls a view makes into its
 * own app), then hands over to the node engine's bootstrap, which makes
 * `app.run()` listen on `KOLBA_PORT` and loads the learner's `app.js`. No IPC exists here, so that bootstrap reports on stdout lines; stderr writes go to
 * stdout as marked lines too (`stderr-lines.ts`), since the terminal would mix the two.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { oneAtATime } from "../one-at-a-time.ts";
import { startSideChannel } from "./side-channel-server.ts";
import { stderrLine } from "./stderr-lines.ts";

type Runner = (app: object, options: object) => Promise<unknown>;

interface PortRuntime {
  createSlotStore(options: { queue: boolean }): unknown;
  setContextStore(store: unknown): void;
  getServerRunner(): Runner | undefined;
  setServerRunner(runner: Runner): void;
}

const toStdout = process.stdout.write.bind(process.stdout);
process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
  const text = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
  const done = rest.find((arg) => typeof arg === "function") as (() => void) | undefined;
  return toStdout(stderrLine(text), done);
}) as typeof process.stderr.write;

const manifest = JSON.parse(readFileSync(join(process.cwd(), ".kolba", "cell.json"), "utf8")) as {
  packageName: string;
};
const appPort = Number(process.env.KOLBA_PORT ?? "0");
const sidePort = Number(process.env.KOLBA_SIDE_PORT ?? "0");

try {
  await startSideChannel(sidePort, appPort);
} catch (error) {
  process.stderr.write(
    `The engine could not open its side channel on port ${sidePort}: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
}

// Loading the port's entry installs its Node runner and context store; replace the store.
await import(manifest.packageName);
const runtime = (await import(`${manifest.packageName}/runtime`)) as PortRuntime;
runtime.setContextStore(runtime.createSlotStore({ queue: false }));
const inner = runtime.getServerRunner();
if (inner) runtime.setServerRunner((app, options) => inner(oneAtATime(app), options));

await import("../node-engine/bootstrap.ts");
