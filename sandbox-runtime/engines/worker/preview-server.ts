/**
 * The cell Worker's side of the preview: the preview Service Worker sends the frame's requests
 * straight here, over a MessagePort the lesson page handed both ends of, so a page loads without
 * waiting for the lesson page's thread (busy drawing the Run it just pressed). The Worker does
 * what the page does on its own path (`WorkerRunningCell.servePreview`): the preview's cookies go
 * in, `Set-Cookie` goes into the jar, the answer is shaped for the frame; then it tells the page
 * what happened (`preview-begin`, so the page can stop a request that runs too long, and
 * `preview-exchange`, for the inspector and the page's copy of the jar). Requests that come
 * before the app listens (or, for a cell prepared ahead, before its Run) wait; once the app
 * failed to start or crashed, each gets the error page the page's own path would give.
 */
import { parseSetCookie } from "flask/runtime";
import { CookieJar } from "../cookie-jar.ts";
import type { DatabaseView, HeaderList, LocatedError } from "../types.ts";
import {
  limitPreviewBody,
  type PreviewScheme,
  previewErrorPage,
  previewHeaders,
  withPreviewScheme,
} from "./preview-response.ts";
import type {
  DirectPreviewRequest,
  FromWorker,
  PreviewPortMessage,
  PreviewReply,
  RequestMessage,
  WireResponse,
} from "./protocol.ts";

/** What serving needs from the Worker around it. */
export interface PreviewServerOptions {
  /** Answer one request with the app (one at a time, like the page's requests). */
  handle(message: RequestMessage): Promise<WireResponse>;
  /** Tell the page. */
  post(message: FromWorker, transfer?: Transferable[]): void;
  /** What the app's databases hold now, if it has any. */
  database(): DatabaseView[] | undefined;
}

/**
 * Serves the preview ports of one cell Worker.
 * @example
 * const previews = new PreviewServer({ handle, post, database });
 * previews.connect(message); // a `preview-port` message from the page
 * previews.open(); // once the app listens
 */
export class PreviewServer {
  #options: PreviewServerOptions;
  #jar = new CookieJar();
  #prefix = "";
  #scheme: PreviewScheme = "light";
  /** Requests that came before the app listened (or before its Run came). */
  #waiting: Array<{ request: DirectPreviewRequest; reply: MessagePort }> = [];
  #open = false;
  /** Why the app cannot answer any more (it failed to start, or crashed), once it cannot. */
  #failed: LocatedError | undefined;

  constructor(options: PreviewServerOptions) {
    this.#options = options;
  }

  /** Answer the requests that come over the message's port. */
  connect(message: PreviewPortMessage): void {
    this.#prefix = message.prefix;
    this.#scheme = message.scheme;
    this.#jar.restore(message.cookies);
    message.port.onmessage = (event: MessageEvent<DirectPreviewRequest>) => {
      const reply = event.ports[0];
      if (!reply) return;
      if (this.#open || this.#failed) void this.#serve(event.data, reply);
      else this.#waiting.push({ request: event.data, reply });
    };
  }

  /** The scheme preview documents are shown in from now on. */
  setScheme(scheme: PreviewScheme): void {
    this.#scheme = scheme;
  }

  /** The page's copy of the jar changed: hold what it holds. */
  setCookies(cookies: Parameters<CookieJar["restore"]>[0]): void {
    this.#jar.restore(cookies);
  }

  /**
   * Shape an answer (a throwaway app's) as a preview answer, with a cookie, so a first Run
   * runs code already compiled.
   */
  warm(answer: WireResponse): void {
    const jar = new CookieJar();
    const headers: HeaderList = [
      ...answer.headers,
      ["Set-Cookie", "visits=1; Path=/; HttpOnly"],
      ["Location", "/next"],
    ];
    jar.store([parseSetCookie("visits=1; Path=/; HttpOnly")], "/");
    jar.header("/");
    const shaped = { ...answer, headers: previewHeaders(headers, "/warm-up") };
    withPreviewScheme(limitPreviewBody(shaped), "dark");
  }

  /** The app listens (and its Run has come): serve, the requests that waited first. */
  open(): void {
    if (this.#open || this.#failed) return;
    this.#open = true;
    for (const { request, reply } of this.#waiting.splice(0)) void this.#serve(request, reply);
  }

  /**
   * The app cannot answer (it failed to start, or crashed): every request from now on, and
   * each one waiting, gets the page the page's own path gives, naming `error` (answered at
   * once, before the page ends this Worker).
   */
  fail(error: LocatedError): void {
    this.#failed ??= error;
    for (const { request, reply } of this.#waiting.splice(0)) void this.#serve(request, reply);
  }

  async #serve(request: DirectPreviewRequest, reply: MessagePort): Promise<void> {
    const began = performance.now();
    const headers = request.headers.filter(([name]) => name.toLowerCase() !== "cookie");
    const cookie = this.#jar.header(request.path);
    if (cookie !== null) headers.push(["Cookie", cookie]);
    const { id, method, path } = request;
    this.#options.post({ type: "preview-begin", id, method, path, headers });
    let wire: WireResponse;
    let response: WireResponse | undefined;
    try {
      if (this.#failed) throw new Error(this.#failed.formatted);
      response = await this.#options.handle({
        type: "request",
        id: 0,
        method,
        path,
        headers,
        body: request.body,
        scriptRoot: this.#prefix,
      });
      const cookies = response.headers
        .filter(([name]) => name.toLowerCase() === "set-cookie")
        .map(([, value]) => parseSetCookie(value));
      this.#jar.store(cookies, path);
      wire = withPreviewScheme(
        limitPreviewBody({
          status: response.status,
          statusText: response.statusText,
          headers: previewHeaders(response.headers, this.#prefix),
          body: response.body,
        }),
        this.#scheme,
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      wire = previewErrorPage(
        502,
        "Bad Gateway",
        this.#failed ? message : `The request ${path} failed: ${message}`,
      );
    }
    // The page keeps the app's whole answer; the frame gets its own bytes.
    const kept = response && response.body === wire.body ? response.body.slice() : response?.body;
    reply.postMessage({ type: "response", ...wire } satisfies PreviewReply, [
      wire.body.buffer as ArrayBuffer,
    ]);
    const database = this.#options.database();
    this.#options.post(
      {
        type: "preview-exchange",
        id,
        exchange: {
          method,
          path,
          headers,
          served: { status: wire.status, statusText: wire.statusText, headers: wire.headers },
          ...(response && kept ? { response: { ...response, body: kept } } : {}),
          ms: performance.now() - began,
        },
        cookies: this.#jar.list(),
        ...(database ? { database } : {}),
      },
      kept ? [kept.buffer as ArrayBuffer] : [],
    );
  }
}
