/**
 * A web server the hosting tests start and stop: spawned, awaited until a URL answers, and
 * stopped with its exit awaited, so the next server may take the same ports.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { expect } from "@playwright/test";

export interface ServerProcess {
  stop(): Promise<void>;
}

export async function startServer(
  command: string,
  args: string[],
  readyUrl: string,
  options: { stopSignal?: NodeJS.Signals; env?: Record<string, string> } = {},
): Promise<ServerProcess> {
  const child: ChildProcess = spawn(command, args, {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, ...options.env },
  });
  // What the server says goes into a failure's message, not into every run's log.
  let said = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    said = `${said}${chunk.toString()}`.slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await expect
    .poll(async () => (await fetch(readyUrl).catch(() => null))?.status, {
      timeout: 15_000,
      message: `${command} did not answer ${readyUrl}: ${said}`,
    })
    .toBe(200);
  return {
    async stop() {
      if (child.exitCode === null) child.kill(options.stopSignal ?? "SIGTERM");
      await exited;
    },
  };
}
