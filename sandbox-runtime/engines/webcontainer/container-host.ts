/**
 * The page's one WebContainer: booted lazily on the first need, shared by every cell (the API
 * allows one booted instance per page), with its `port`/`server-ready` events fanned out to
 * whoever waits on a port.
 */
import type { Container } from "./container.ts";

/** Told when a port opens (with its preview URL) or closes. */
export type PortWatcher = (type: "open" | "close", url: string) => void;

/**
 * Holds the booted container and routes port events by port number.
 * @example
 * const host = new ContainerHost(() => WebContainer.boot({ coep: "require-corp" }));
 * const container = await host.container();
 */
export class ContainerHost {
  #boot: () => Promise<Container>;
  #booting: Promise<Container> | undefined;
  #booted: Container | undefined;
  #watchers = new Map<number, Set<PortWatcher>>();
  #errorListeners = new Set<(message: string) => void>();
  #unsubscribe: Array<() => void> = [];
  #generation = 0;
  #nextCell = 1;
  #firstPort: number;

  constructor(boot: () => Promise<Container>, options: { firstPort?: number } = {}) {
    this.#boot = boot;
    this.#firstPort = options.firstPort ?? 3000;
  }

  /** A new cell's folder and its two ports (the app's and the side channel's). */
  allocate(): { folder: string; appPort: number; sidePort: number } {
    const id = this.#nextCell;
    this.#nextCell += 1;
    const appPort = this.#firstPort + (id - 1) * 2;
    return { folder: `cells/${id}`, appPort, sidePort: appPort + 1 };
  }

  /** Whether the container has booted. */
  get booted(): boolean {
    return this.#booted !== undefined;
  }

  /** The booted container; boots it on the first call. A failed boot may be tried again. */
  container(): Promise<Container> {
    const generation = this.#generation;
    this.#booting ??= this.#boot().then(
      (container) => {
        // Torn down while booting: nobody wants this one any more.
        if (generation !== this.#generation) {
          container.teardown();
          throw new Error("The WebContainer was torn down while it booted.");
        }
        this.#booted = container;
        this.#unsubscribe = [
          container.on("port", (port, type, url) => this.#tell(port, type, url)),
          container.on("server-ready", (port, url) => this.#tell(port, "open", url)),
          container.on("error", (error) => {
            for (const listener of this.#errorListeners) listener(error.message);
          }),
        ];
        return container;
      },
      (error: unknown) => {
        if (generation === this.#generation) this.#booting = undefined;
        throw error;
      },
    );
    return this.#booting;
  }

  #tell(port: number, type: "open" | "close", url: string): void {
    for (const watcher of this.#watchers.get(port) ?? []) watcher(type, url);
  }

  /** Watch one port's events; returns the unsubscribe function. */
  watchPort(port: number, watcher: PortWatcher): () => void {
    const set = this.#watchers.get(port) ?? new Set();
    set.add(watcher);
    this.#watchers.set(port, set);
    return () => {
      set.delete(watcher);
      if (set.size === 0) this.#watchers.delete(port);
    };
  }

  /** Listen for the container's internal errors; returns the unsubscribe function. */
  onError(listener: (message: string) => void): () => void {
    this.#errorListeners.add(listener);
    return () => this.#errorListeners.delete(listener);
  }

  /** Tear the container down; the next `container()` boots a new one. */
  teardown(): void {
    this.#generation += 1;
    for (const unsubscribe of this.#unsubscribe) unsubscribe();
    this.#unsubscribe = [];
    this.#booted?.teardown();
    this.#booted = undefined;
    this.#booting = undefined;
  }
}
