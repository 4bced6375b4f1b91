/**
 * Two stand-ins for a booted WebContainer, implementing the part of `@webcontainer/api` the
 * engine uses (`Container`):
 *
 * - `ScriptedContainer`: nothing runs; a test drives the processes (output, exit) and the port
 *   events by hand and reads back what the engine asked for (mounts, spawns, removals).
 * - `NodeBackedContainer`: `mount` writes the tree under a temporary folder, `spawn("node", …)`
 *   runs a real Node binary (e.g. `/usr/bin/node`, v20 like the WebContainer's) there with the
 *   given cwd and env, terminal output is stdout and stderr merged as the WebContainer merges
 *   them, and `port` / `server-ready` fire when the process really starts listening (found
 *   through /proc, as the WebContainer finds a listening socket itself), with loopback URLs in
 *   place of preview URLs.
 *
 * What they prove: the engine's wiring and the mounted payload under real Node. What they do
 * not: the WebContainer itself (its boot, its preview URLs, its Node's quirks).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, readdir, readFile, readlink, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type {
  ErrorListener,
  FileSystemTree,
  PortListener,
  ServerReadyListener,
  SpawnOptions,
} from "@webcontainer/api";
import type {
  Container,
  ContainerProcess,
} from "../../sandbox-runtime/engines/webcontainer/container.ts";
import { flattenFileSystemTree } from "../../sandbox-runtime/engines/webcontainer/mount-tree.ts";

type Listeners = {
  port: Set<PortListener>;
  "server-ready": Set<ServerReadyListener>;
  error: Set<ErrorListener>;
};

class EventHub {
  listeners: Listeners = { port: new Set(), "server-ready": new Set(), error: new Set() };

  on(event: keyof Listeners, listener: PortListener | ServerReadyListener | ErrorListener) {
    const set = this.listeners[event] as Set<typeof listener>;
    set.add(listener);
    return () => void set.delete(listener);
  }

  open(port: number, url: string): void {
    for (const listener of this.listeners.port) listener(port, "open", url);
    for (const listener of this.listeners["server-ready"]) listener(port, url);
  }

  close(port: number, url: string): void {
    for (const listener of this.listeners.port) listener(port, "close", url);
  }

  error(message: string): void {
    for (const listener of this.listeners.error) listener({ message });
  }
}

/** A process a test drives by hand. */
export class ScriptedProcess implements ContainerProcess {
  output: ReadableStream<string>;
  exit: Promise<number>;
  killed = false;
  #write!: ReadableStreamDefaultController<string>;
  #exit!: (code: number) => void;
  #closed = false;

  constructor() {
    this.output = new ReadableStream<string>({
      start: (controller) => {
        this.#write = controller;
      },
    });
    this.exit = new Promise((resolve) => {
      this.#exit = resolve;
    });
  }

  print(text: string): void {
    if (!this.#closed) this.#write.enqueue(text);
  }

  end(code: number): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#write.close();
    this.#exit(code);
  }

  kill(): void {
    this.killed = true;
    this.end(137);
  }
}

/** A container whose processes and events a test scripts. */
export class ScriptedContainer implements Container {
  mounts: Array<{ tree: FileSystemTree; mountPoint: string | undefined }> = [];
  spawns: Array<{
    command: string;
    args: string[];
    options: SpawnOptions | undefined;
    process: ScriptedProcess;
  }> = [];
  folders: string[] = [];
  removed: string[] = [];
  tornDown = 0;
  hub = new EventHub();
  /** Called on every spawn, to script the new process. */
  onSpawn: (process: ScriptedProcess, options: SpawnOptions | undefined) => void = () => {};

  fs = {
    mkdir: async (path: string, _options: { recursive: true }) => {
      this.folders.push(path);
      return path;
    },
    rm: async (path: string, _options?: { force?: boolean; recursive?: boolean }) => {
      this.removed.push(path);
    },
  };

  async mount(tree: FileSystemTree, options?: { mountPoint?: string }): Promise<void> {
    this.mounts.push({ tree, mountPoint: options?.mountPoint });
  }

  async spawn(command: string, args: string[], options?: SpawnOptions): Promise<ContainerProcess> {
    const process = new ScriptedProcess();
    this.spawns.push({ command, args, options, process });
    queueMicrotask(() => this.onSpawn(process, options));
    return process;
  }

  on(event: "port", listener: PortListener): () => void;
  on(event: "server-ready", listener: ServerReadyListener): () => void;
  on(event: "error", listener: ErrorListener): () => void;
  on(event: keyof Listeners, listener: PortListener | ServerReadyListener | ErrorListener) {
    return this.hub.on(event, listener);
  }

  teardown(): void {
    this.tornDown += 1;
  }
}

async function listeningPorts(pid: number): Promise<Set<number>> {
  const inodes = new Set<string>();
  try {
    for (const fd of await readdir(`/proc/${pid}/fd`)) {
      const link = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => "");
      const match = /^socket:\[(\d+)\]$/.exec(link);
      if (match?.[1]) inodes.add(match[1]);
    }
  } catch {
    return new Set();
  }
  const ports = new Set<number>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    const text = await readFile(table, "utf8").catch(() => "");
    for (const line of text.split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      const local = fields[1];
      // State 0A is LISTEN; field 9 is the socket's inode.
      if (local && fields[3] === "0A" && inodes.has(fields[9] ?? "")) {
        ports.add(Number.parseInt(local.split(":")[1] ?? "0", 16));
      }
    }
  }
  return ports;
}

/** A container that runs real Node on a temporary folder. */
export class NodeBackedContainer implements Container {
  root: string;
  nodePath: string;
  mounts: Array<{ paths: string[]; mountPoint: string | undefined }> = [];
  spawns: Array<{ command: string; args: string[]; options: SpawnOptions | undefined }> = [];
  tornDown = 0;
  hub = new EventHub();
  #children = new Set<ChildProcess>();

  constructor(root: string, nodePath: string) {
    this.root = root;
    this.nodePath = nodePath;
  }

  fs = {
    mkdir: async (path: string, _options: { recursive: true }) => {
      await mkdir(join(this.root, path), { recursive: true });
      return path;
    },
    rm: async (path: string, options?: { force?: boolean; recursive?: boolean }) => {
      await rm(join(this.root, path), { recursive: options?.recursive, force: options?.force });
    },
  };

  async mount(tree: FileSystemTree, options?: { mountPoint?: string }): Promise<void> {
    const base = join(this.root, options?.mountPoint ?? "");
    const flat = flattenFileSystemTree(tree);
    this.mounts.push({ paths: [...flat.keys()], mountPoint: options?.mountPoint });
    for (const [path, contents] of flat) {
      await mkdir(dirname(join(base, path)), { recursive: true });
      await writeFile(join(base, path), contents);
    }
  }

  async spawn(command: string, args: string[], options?: SpawnOptions): Promise<ContainerProcess> {
    if (command !== "node") throw new Error(`This container runs node only, not ${command}.`);
    this.spawns.push({ command, args, options });
    const env: Record<string, string> = { PATH: process.env.PATH ?? "" };
    for (const [key, value] of Object.entries(options?.env ?? {})) env[key] = String(value);
    const child = spawn(this.nodePath, args, {
      cwd: join(this.root, options?.cwd ?? ""),
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.#children.add(child);
    let write: ReadableStreamDefaultController<string> | undefined;
    const output = new ReadableStream<string>({
      start: (controller) => {
        write = controller;
      },
    });
    child.stdout?.setEncoding("utf8");
    child.stderr?.setEncoding("utf8");
    // A terminal ends lines with \r\n.
    const onData = (text: string) => write?.enqueue(text.replace(/\n/g, "\r\n"));
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    const open = new Set<number>();
    const url = (port: number) => `http://127.0.0.1:${port}`;
    let alive = true;
    const poll = async () => {
      while (alive && child.pid !== undefined) {
        const now = await listeningPorts(child.pid);
        if (!alive) break;
        for (const port of now) {
          if (!open.has(port)) {
            open.add(port);
            this.hub.open(port, url(port));
          }
        }
        for (const port of open) {
          if (!now.has(port)) {
            open.delete(port);
            this.hub.close(port, url(port));
          }
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    };
    void poll();
    const exit = new Promise<number>((resolve) => {
      child.on("close", (code, signal) => {
        alive = false;
        this.#children.delete(child);
        for (const port of open) this.hub.close(port, url(port));
        open.clear();
        write?.close();
        resolve(code ?? (signal ? 128 + 9 : 1));
      });
      child.on("error", () => resolve(1));
    });
    return { output, exit, kill: () => void child.kill("SIGKILL") };
  }

  on(event: "port", listener: PortListener): () => void;
  on(event: "server-ready", listener: ServerReadyListener): () => void;
  on(event: "error", listener: ErrorListener): () => void;
  on(event: keyof Listeners, listener: PortListener | ServerReadyListener | ErrorListener) {
    return this.hub.on(event, listener);
  }

  teardown(): void {
    this.tornDown += 1;
    for (const child of this.#children) child.kill("SIGKILL");
  }
}
