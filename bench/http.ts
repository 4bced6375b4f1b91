/**
 * Requests per second for a hello-world app and a 100-route app, on Kolba's port (its Node
 * adapter), real Flask (Werkzeug's threaded dev server), Express and Hono, one after another on
 * this machine, over loopback only. Prints a table with the server's CPU time per request too
 * (user + system, from /proc on Linux), which varies less than requests per second when the
 * machine is shared, and the port's requests per second as a share of Hono's.
 * Usage: node bench/http.ts [--seconds 5] [--connections 10] [--only port,express]
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { targets } from "./servers/apps.ts";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "5" },
    connections: { type: "string", default: "10" },
    only: { type: "string" },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const here = import.meta.dirname;
const python = process.env.FLASK_PYTHON ?? "/usr/bin/python3";

interface Framework {
  name: string;
  command: (app: string, port: number) => [string, string[]];
}

const frameworks: Framework[] = [
  {
    name: "kolba port",
    command: (app, port) => [process.execPath, [join(here, "servers/port.ts"), app, String(port)]],
  },
  {
    name: "express",
    command: (app, port) => [
      process.execPath,
      [join(here, "servers/express.ts"), app, String(port)],
    ],
  },
  {
    name: "hono",
    command: (app, port) => [process.execPath, [join(here, "servers/hono.ts"), app, String(port)]],
  },
  {
    name: "flask 2.2",
    command: (app, port) => [python, [join(here, "servers/flask_app.py"), app, String(port)]],
  },
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

async function waitUntilServing(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
      throw new Error(`${url} answered ${response.status}`);
    } catch (error) {
      if (error instanceof Error && error.message.includes("answered")) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${url} did not answer within 20 s`);
}

/**
 * CPU time a process has used so far (user + system), in µs, from /proc on Linux; null elsewhere.
 * A steadier figure than requests per second on a machine shared with other work.
 */
function cpuMicros(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * 10_000 : null;
  } catch {
    return null;
  }
}

async function measure(
  url: string,
  duration: number,
  pid?: number,
): Promise<{
  rps: number;
  cpu: number | null;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}> {
  const before = cpuMicros(pid);
  const result = await autocannon({ url, connections, duration, pipelining: 1 });
  const after = cpuMicros(pid);
  return {
    rps: result.requests.average,
    cpu:
      before === null || after === null || result.requests.total === 0
        ? null
        : (after - before) / result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

const rows: string[][] = [];
const chosen = values.only
  ? frameworks.filter((f) => values.only!.split(",").some((o) => f.name.includes(o)))
  : frameworks;
console.log(
  `node ${process.version}; ${connections} connections, ${seconds} s per measurement, loopback`,
);
for (const framework of chosen) {
  for (const [app, paths] of [
    ["hello", [targets.hello]],
    ["routes", [targets.routesFirst, targets.routes]],
  ] as const) {
    const port = await freePort();
    const [command, args] = framework.command(app, port);
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "inherit"] });
    try {
      await waitUntilServing(`http://127.0.0.1:${port}${paths[0]}`, child);
      for (const path of paths) {
        const url = `http://127.0.0.1:${port}${path}`;
        await measure(url, 1);
        const r = await measure(url, seconds, child.pid);
        rows.push([
          framework.name,
          app === "hello" ? "hello" : `100 routes ${path}`,
          r.rps.toFixed(0),
          r.cpu === null ? "-" : r.cpu.toFixed(1),
          `${r.p50}`,
          `${r.p99}`,
          `${r.errors + r.non2xx}`,
        ]);
        console.log(rows.at(-1)!.join("\t"));
      }
    } catch (error) {
      rows.push([
        framework.name,
        app,
        "failed",
        "",
        "",
        "",
        String(error instanceof Error ? error.message : error),
      ]);
      console.log(rows.at(-1)!.join("\t"));
    } finally {
      child.kill("SIGTERM");
    }
  }
}

const header = ["framework", "app", "req/s", "server CPU µs/req", "p50 ms", "p99 ms", "errors"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
console.log(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
for (const row of rows) console.log(line(row));

// The port against Hono, the fastest Node framework here, on each path both served.
const rate = (framework: string, app: string) =>
  Number(rows.find((r) => r[0] === framework && r[1] === app)?.[2] ?? Number.NaN);
const ratios = [...new Set(rows.map((r) => r[1] as string))]
  .map((app) => [app, rate("kolba port", app) / rate("hono", app)] as const)
  .filter(([, ratio]) => Number.isFinite(ratio));
if (ratios.length > 0) {
  console.log(`\nport / hono: ${ratios.map(([app, r]) => `${app} ${r.toFixed(2)}`).join(", ")}`);
}
