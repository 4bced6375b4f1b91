/**
 * One run of a cell as a child process: real Node on the mounted tree, in its own process
 * group so that stopping it ends everything it started.
 */
import { type ChildProcess, spawn } from "node:child_process";
import type { ConsoleChunk } from "../types.ts";
import { BOOTSTRAP_PATH } from "./cell-tree.ts";
import { type BootstrapMessage, isBootstrapMessage } from "./messages.ts";

/** How to run the process and whom to tell what happens. */
export interface CellProcessOptions {
  nodePath: string;
  cwd: string;
  port: number;
  onConsole: (chunk: ConsoleChunk) => void;
  onMessage: (message: BootstrapMessage) => void;
  onExit: (code: number | null, signal: NodeJS.Signals | null) => void;
  /** Run the cell's tests instead of serving it. */
  tests?: boolean;
}

const PASSED_ENV = ["PATH", "HOME", "TMPDIR", "TEMP", "TMP", "LANG", "LC_ALL", "SYSTEMROOT", "TZ"];

/**
 * A running cell process.
 * @example
 * const proc = new CellProcess({ nodePath: "/usr/bin/node", cwd, port, onConsole, onMessage, onExit });
 * await proc.kill();
 */
export class CellProcess {
  #child: ChildProcess;
  #exited: Promise<void>;

  constructor(options: CellProcessOptions) {
    const env: Record<string, string> = {
      KOLBA_PORT: String(options.port),
      NODE_ENV: "development",
      ...(options.tests ? { KOLBA_MODE: "tests" } : {}),
    };
    for (const name of PASSED_ENV) {
      const value = process.env[name];
      if (value !== undefined) env[name] = value;
    }
    this.#child = spawn(options.nodePath, [BOOTSTRAP_PATH], {
      cwd: options.cwd,
      env,
      stdio: ["ignore", "pipe", "pipe", "ipc"],
      detached: true,
    });
    this.#child.stdout?.setEncoding("utf8");
    this.#child.stderr?.setEncoding("utf8");
    this.#child.stdout?.on("data", (text: string) => options.onConsole({ stream: "stdout", text }));
    this.#child.stderr?.on("data", (text: string) => options.onConsole({ stream: "stderr", text }));
    this.#child.on("message", (message) => {
      if (isBootstrapMessage(message)) options.onMessage(message);
    });
    this.#exited = new Promise((resolve) => {
      let reported = false;
      const exit = (code: number | null, signal: NodeJS.Signals | null) => {
        if (reported) return;
        reported = true;
        options.onExit(code, signal);
        resolve();
      };
      this.#child.on("error", (error) => {
        options.onConsole({
          stream: "stderr",
          text: `Cannot start ${options.nodePath}: ${error.message}\n`,
        });
        exit(null, null);
      });
      // "close" waits for stdout/stderr to drain, so the console is complete when we report.
      this.#child.on("close", exit);
    });
  }

  /** The process id, if it started. */
  get pid(): number | undefined {
    return this.#child.pid;
  }

  /** Kill the whole process group and wait until it is gone. */
  async kill(): Promise<void> {
    const pid = this.#child.pid;
    if (pid !== undefined && this.#child.exitCode === null && this.#child.signalCode === null) {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        // The group is already gone; kill the leader in case it never made one.
        this.#child.kill("SIGKILL");
      }
    }
    await this.#exited;
  }
}
