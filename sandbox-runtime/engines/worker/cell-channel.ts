/**
 * The cell Worker's line to the lesson page: a `MessagePort` that comes in the Worker's first
 * message (`{ type: "connect", port }`), whichever document created the Worker — the bridge
 * frame on the preview origin, or the lesson page itself when previews share its origin. What
 * the Worker says before the port arrives waits, in order.
 */

/** The one message a cell Worker takes on its own global scope. */
export interface ConnectMessage {
  type: "connect";
  port: MessagePort;
}

/** The part of a Worker's global scope the channel uses. */
export interface ChannelScope {
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
}

/** The Worker's end: send to the page, and hear from it. */
export interface CellChannel<Out> {
  post(message: Out, transfer?: Transferable[]): void;
}

/**
 * Wait on `scope` for the port; then every message from the page goes to `onMessage`.
 * @example
 * const channel = openCellChannel(self, (message) => handle(message));
 * channel.post({ type: "loaded" });
 */
export function openCellChannel<In, Out>(
  scope: ChannelScope,
  onMessage: (message: In) => void,
): CellChannel<Out> {
  let port: MessagePort | null = null;
  const waiting: Array<[Out, Transferable[]]> = [];
  scope.addEventListener("message", (event: MessageEvent) => {
    const data = event.data as ConnectMessage | undefined;
    if (port !== null || data?.type !== "connect" || !(data.port instanceof MessagePort)) return;
    port = data.port;
    port.addEventListener("message", (message: MessageEvent<In>) => onMessage(message.data));
    port.start();
    for (const [message, transfer] of waiting.splice(0)) port.postMessage(message, transfer);
  });
  return {
    post(message, transfer = []) {
      if (port === null) waiting.push([message, transfer]);
      else port.postMessage(message, transfer);
    },
  };
}
