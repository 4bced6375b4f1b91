/**
 * A free pair of loopback ports (`port` and `port + 1`: the site and its preview origin), found
 * synchronously so a config file can use it. Prints the first port when run as a script.
 * Usage: node scripts/free-port.ts
 */
import { spawnSync } from "node:child_process";
import { createServer, type Server } from "node:net";

function listen(port: number): Promise<Server | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(undefined));
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

/** Find two free consecutive ports, trying ports the system hands out. */
async function findPair(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const first = await listen(0);
    const port = (first?.address() as { port: number } | null)?.port;
    const second = port && port < 65535 ? await listen(port + 1) : undefined;
    first?.close();
    second?.close();
    if (port && second) return port;
  }
  throw new Error("no two free consecutive ports on 127.0.0.1");
}

/**
 * The first of two free consecutive ports, from a child process (so it can be called at load).
 * @example const port = freePortPair(); // 41237: serve on 41237, previews on 41238
 */
export function freePortPair(): number {
  const run = spawnSync(process.execPath, [import.meta.filename], { encoding: "utf8" });
  const port = Number(run.stdout.trim());
  if (!Number.isInteger(port) || port <= 0) {
    throw new Error(`could not find a free port: ${run.stderr || run.stdout}`);
  }
  return port;
}

// Written as text: `console.log` of a number is coloured when FORCE_COLOR is set.
if (process.argv[1] === import.meta.filename) process.stdout.write(`${await findPair()}\n`);
