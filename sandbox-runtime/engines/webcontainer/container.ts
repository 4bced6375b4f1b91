/**
 * The part of a booted WebContainer the engine uses, named so that a test can stand in for
 * it. A real `WebContainer` from `@webcontainer/api` satisfies it (checked at compile time
 * below), so the engine type-checks against the real typings.
 */
import type {
  ErrorListener,
  FileSystemTree,
  PortListener,
  ServerReadyListener,
  SpawnOptions,
  Unsubscribe,
  WebContainer,
  WebContainerProcess,
} from "@webcontainer/api";

/** A spawned process: its terminal output, its exit code, and a way to end it. */
export type ContainerProcess = Pick<WebContainerProcess, "output" | "exit" | "kill">;

/**
 * A booted WebContainer as the engine sees it.
 * @example
 * const container: Container = await WebContainer.boot({ coep: "require-corp" });
 */
export interface Container {
  mount(tree: FileSystemTree, options?: { mountPoint?: string }): Promise<void>;
  spawn(command: string, args: string[], options?: SpawnOptions): Promise<ContainerProcess>;
  on(event: "port", listener: PortListener): Unsubscribe;
  on(event: "server-ready", listener: ServerReadyListener): Unsubscribe;
  on(event: "error", listener: ErrorListener): Unsubscribe;
  fs: {
    mkdir(path: string, options: { recursive: true }): Promise<string>;
    rm(path: string, options?: { force?: boolean; recursive?: boolean }): Promise<void>;
  };
  teardown(): void;
}

// Fails to compile if the real API stops providing what the engine uses.
export const asContainer = (container: WebContainer): Container => container;
