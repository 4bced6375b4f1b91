/**
 * The preview Service Worker. It controls the preview iframes (`<base>preview/<cellId>/…`) and
 * answers their navigations, form posts, stylesheets, images and `fetch()` calls by asking the
 * lesson page that runs the cell, through that page's bridge iframe. Requests from a preview
 * document to paths outside its prefix (`/static/style.css` written by hand) go to the same
 * cell. Everything it answers carries COEP and CORP headers.
 */

import { ISOLATION_HEADERS, previewErrorPage } from "./preview-response.ts";
import type {
  DirectPreviewRequest,
  PreviewControl,
  PreviewReply,
  PreviewRequest,
  WireResponse,
} from "./protocol.ts";

interface FetchEventLike extends Event {
  request: Request;
  clientId: string;
  respondWith(response: Promise<Response> | Response): void;
}

interface ClientLike {
  id: string;
  url: string;
  postMessage(message: unknown, transfer: Transferable[]): void;
}

interface WorkerScope {
  location: Location;
  registration: { scope: string };
  clients: {
    claim(): Promise<void>;
    get(id: string): Promise<ClientLike | undefined>;
    matchAll(options: { type: "window"; includeUncontrolled: boolean }): Promise<ClientLike[]>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(
    type: string,
    listener: (event: Event & { waitUntil(p: Promise<unknown>): void }) => void,
  ): void;
}

const sw = self as unknown as WorkerScope;
const ASK_LIMIT_MS = 60_000;
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

sw.addEventListener("install", (event) => event.waitUntil(sw.skipWaiting()));
sw.addEventListener("activate", (event) => event.waitUntil(sw.clients.claim()));

// Previews live under `<engine folder>/preview/`, whatever scope the bridge could register.
function previewRoot(): string {
  return new URL("preview/", sw.location.href).pathname;
}

function engineFolder(): string {
  return new URL(".", sw.location.href).pathname;
}

function bridgePath(): string {
  return new URL("preview-bridge.html", sw.location.href).pathname;
}

/** The cell and app path a URL under the preview root names, or null. */
function underScope(url: URL): { cellId: string; path: string } | null {
  const scope = previewRoot();
  if (!url.pathname.startsWith(scope)) return null;
  const rest = url.pathname.slice(scope.length);
  const slash = rest.indexOf("/");
  if (!rest) return null;
  if (slash === -1) return { cellId: rest, path: "" };
  return { cellId: rest.slice(0, slash), path: `${rest.slice(slash)}${url.search}` };
}

/** Ask a page (through its bridge) or a cell Worker (through its port) for an answer. */
function ask(
  target: { postMessage(message: unknown, transfer: Transferable[]): void },
  message: PreviewRequest,
  direct?: { id: string; cellId: string },
): Promise<PreviewReply> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const settle = (reply: PreviewReply) => {
      clearTimeout(timer);
      if (direct) sentStraight.delete(direct.id);
      channel.port1.close();
      resolve(reply);
    };
    const timer = setTimeout(() => settle({ type: "miss" }), ASK_LIMIT_MS);
    channel.port1.onmessage = (event: MessageEvent<PreviewReply>) => settle(event.data);
    if (direct) sentStraight.set(direct.id, { cellId: direct.cellId, settle });
    target.postMessage(message, [channel.port2]);
  });
}

// Ports straight to the cell Workers, by cell (a lesson page hands them over through its
// bridge), and the requests sent over them not answered yet: the page may answer one instead
// (`abandon`), and when it ends a Worker (`unroute`, also sent by the bridge as its page goes
// away) the rest are asked of the page. A restarted Service Worker has none: it asks the pages,
// which route anew.
const routes = new Map<string, MessagePort>();
const sentStraight = new Map<string, { cellId: string; settle: (reply: PreviewReply) => void }>();
let asked = 0;

function unroute(cellId: string): void {
  routes.delete(cellId);
  for (const sent of [...sentStraight.values()]) {
    if (sent.cellId === cellId) sent.settle({ type: "miss" });
  }
}

sw.addEventListener("message", (raw) => {
  const event = raw as unknown as MessageEvent<PreviewControl> & { source: ClientLike | null };
  // Only a bridge page speaks for a lesson page.
  if (!event.source || new URL(event.source.url).pathname !== bridgePath()) return;
  const data = event.data;
  if (data?.type === "kolba-preview-route") {
    routes.set(data.cellId, data.port);
  } else if (data?.type === "kolba-preview-unroute") {
    unroute(data.cellId);
  } else if (data?.type === "kolba-preview-abandon") {
    sentStraight.get(data.id)?.settle({ type: "response", ...data.reply });
  }
});

async function answer(message: PreviewRequest): Promise<WireResponse> {
  const route = routes.get(message.cellId);
  if (route) {
    asked += 1;
    const id = `${asked}-${Math.random().toString(36).slice(2, 8)}`;
    const direct: DirectPreviewRequest = { ...message, id };
    const reply = await ask(route, direct, { id, cellId: message.cellId });
    if (reply.type === "response") return reply;
  }
  return askPages(route ? message : { ...message, unrouted: true });
}

async function askPages(message: PreviewRequest): Promise<WireResponse> {
  const wanted = bridgePath();
  const all = await sw.clients.matchAll({ type: "window", includeUncontrolled: true });
  const bridges = all.filter((client) => new URL(client.url).pathname === wanted);
  const reply = await new Promise<WireResponse | null>((resolve) => {
    let left = bridges.length;
    if (left === 0) resolve(null);
    for (const bridge of bridges) {
      void ask(bridge, message).then((got) => {
        left -= 1;
        if (got.type === "response") resolve(got);
        else if (left === 0) resolve(null);
      });
    }
  });
  return (
    reply ??
    previewErrorPage(
      404,
      "Not Found",
      `No lesson page runs the cell ${message.cellId} any more. Press Run again.`,
    )
  );
}

// `Response.redirect` carries no CORP header, and a COEP page's frame refuses a response without.
function redirectTo(location: string, status: number): Response {
  return new Response(null, { status, headers: [["Location", location], ...ISOLATION_HEADERS] });
}

function toResponse(wire: WireResponse, method: string): Response {
  const headers = new Headers();
  for (const [name, value] of wire.headers) headers.append(name, value);
  // A web Response takes statuses 200-599 only.
  const status = wire.status >= 200 && wire.status <= 599 ? wire.status : 502;
  const body = NULL_BODY.has(status) || method === "HEAD" ? null : wire.body;
  return new Response(body as BodyInit | null, { status, statusText: wire.statusText, headers });
}

async function serve(request: Request, cellId: string, path: string): Promise<Response> {
  const method = request.method.toUpperCase();
  const headers: Array<[string, string]> = [];
  for (const [name, value] of request.headers) headers.push([name, value]);
  const body =
    method === "GET" || method === "HEAD" ? null : new Uint8Array(await request.arrayBuffer());
  const wire = await answer({
    type: "kolba-preview-request",
    cellId,
    method,
    path: path || "/",
    headers,
    body,
  });
  return toResponse(wire, method);
}

async function serveFromClient(request: Request, clientId: string, url: URL): Promise<Response> {
  const client = clientId ? await sw.clients.get(clientId) : undefined;
  const owner = client ? underScope(new URL(client.url)) : null;
  if (!owner) return fetch(request);
  return serve(request, owner.cellId, `${url.pathname}${url.search}`);
}

sw.addEventListener("fetch", (raw) => {
  const event = raw as unknown as FetchEventLike;
  const url = new URL(event.request.url);
  if (url.origin !== sw.location.origin) return;
  const named = underScope(url);
  if (named) {
    if (named.path === "") {
      event.respondWith(
        redirectTo(`${url.origin}${previewRoot()}${named.cellId}/${url.search}`, 301),
      );
      return;
    }
    event.respondWith(serve(event.request, named.cellId, named.path));
    return;
  }
  if (url.pathname.startsWith(engineFolder())) return;
  // A root-relative link or form (`href="/about"`) in a preview: with the whole origin as
  // scope (a preview origin of its own), send the frame to the same path inside its preview.
  // 307 keeps a form's method and body.
  const from = event.request.referrer ? underScope(new URL(event.request.referrer)) : null;
  if (event.request.mode === "navigate" && from) {
    event.respondWith(
      redirectTo(`${url.origin}${previewRoot()}${from.cellId}${url.pathname}${url.search}`, 307),
    );
    return;
  }
  // Only preview documents are controlled, so a request from a client is a preview's request
  // for a root-relative path (`/static/style.css`).
  if (event.clientId) event.respondWith(serveFromClient(event.request, event.clientId, url));
});
