/**
 * What the browser benchmarks share: the built site (`dist/`) served by the course's own server,
 * resolved once the server says where it serves, and Chromium's switches with StackBlitz
 * unreachable.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { CHROMIUM_ARGS } from "../playwright.config.ts";

const root = join(import.meta.dirname, "..");

/** Serve `dist/` on `port` (previews on the next one); the caller kills the process. */
export async function serveDist(port: string): Promise<ChildProcess> {
  if (!existsSync(join(root, "dist"))) throw new Error("dist/ is missing: run `npm run build`");
  const server = spawn(process.execPath, [join(root, "scripts", "serve.ts"), "--port", port], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("served at")) resolve();
    });
    server.on("exit", (code) => reject(new Error(`the server stopped (${code})`)));
  });
  return server;
}

/**
 * Chromium's switches for a benchmark: the tests' (`CHROMIUM_ARGS`), and StackBlitz unreachable whatever this
 * machine's network (its names do not resolve), as in a school behind a firewall.
 */
export const OFFLINE_CHROMIUM_ARGS = [
  ...CHROMIUM_ARGS,
  "--host-resolver-rules=MAP stackblitz.com ~NOTFOUND, MAP *.stackblitz.com ~NOTFOUND, MAP *.webcontainer.io ~NOTFOUND",
];
