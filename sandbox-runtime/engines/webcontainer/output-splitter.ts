/**
 * Split a cell process's terminal output into what the learner sees, on the right stream, and
 * the bootstrap's messages. Inside a WebContainer there is no IPC channel, so the bootstrap
 * prints each message as one line starting with `MESSAGE_PREFIX`, and each stderr write as one
 * line starting with `STDERR_PREFIX`; the terminal may also turn `\n` into `\r\n`.
 */
import {
  type BootstrapMessage,
  isBootstrapMessage,
  MESSAGE_PREFIX,
} from "../node-engine/messages.ts";
import type { ConsoleChunk } from "../types.ts";
import { STDERR_PREFIX } from "./stderr-lines.ts";

const NUL = "\u0000";

function withoutNul(text: string): string {
  return text.startsWith(NUL) ? text.slice(1) : text;
}

// The terminal may drop the NUL that opens a prefix; the rest is enough to recognise it.
const MESSAGE_MARK = withoutNul(MESSAGE_PREFIX);
const STDERR_MARK = withoutNul(STDERR_PREFIX);

type Parsed =
  | { kind: "message"; message: BootstrapMessage }
  | { kind: "stderr"; text: string }
  | null;

function parseLine(line: string): Parsed {
  const bare = withoutNul(line);
  try {
    if (bare.startsWith(MESSAGE_MARK)) {
      const value: unknown = JSON.parse(bare.slice(MESSAGE_MARK.length));
      return isBootstrapMessage(value) ? { kind: "message", message: value } : null;
    }
    if (bare.startsWith(STDERR_MARK)) {
      const value: unknown = JSON.parse(bare.slice(STDERR_MARK.length));
      return typeof value === "string" ? { kind: "stderr", text: value } : null;
    }
  } catch {
    return null;
  }
  return null;
}

function couldBeMarked(partial: string): boolean {
  if (partial === NUL) return true;
  const bare = withoutNul(partial);
  if (bare.length === 0) return false;
  return [MESSAGE_MARK, STDERR_MARK].some((mark) => mark.startsWith(bare) || bare.startsWith(mark));
}

/**
 * Feeds on output chunks; gives back console chunks at once, holding back only a partial line
 * that may turn out to be marked.
 * @example
 * const splitter = new OutputSplitter();
 * splitter.push('hi\n\u0000kolba:{"type":"ready","url":"u","port":1}\n'); // { chunks: [{ stream: "stdout", text: "hi\n" }], messages: [{ type: "ready", … }] }
 */
export class OutputSplitter {
  #pending = "";

  push(chunk: string): { chunks: ConsoleChunk[]; messages: BootstrapMessage[] } {
    const messages: BootstrapMessage[] = [];
    const chunks: ConsoleChunk[] = [];
    const emit = (stream: ConsoleChunk["stream"], text: string) => {
      if (text === "") return;
      const last = chunks.at(-1);
      if (last?.stream === stream) last.text += text;
      else chunks.push({ stream, text });
    };
    const lines = (this.#pending + chunk).replace(/\r\n/g, "\n").split("\n");
    this.#pending = lines.pop() ?? "";
    for (const line of lines) {
      const parsed = parseLine(line);
      if (parsed?.kind === "message") messages.push(parsed.message);
      else if (parsed?.kind === "stderr") emit("stderr", parsed.text);
      else emit("stdout", `${line}\n`);
    }
    if (!couldBeMarked(this.#pending)) {
      let text = this.#pending;
      this.#pending = "";
      // A `\r\n` may be cut between two chunks.
      if (text.endsWith("\r")) {
        text = text.slice(0, -1);
        this.#pending = "\r";
      }
      emit("stdout", text);
    }
    return { chunks, messages };
  }

  /** Whatever is held back, as console text (the stream ended). */
  flush(): ConsoleChunk[] {
    const rest = this.#pending;
    this.#pending = "";
    const parsed = parseLine(rest);
    if (parsed?.kind === "stderr") return [{ stream: "stderr", text: parsed.text }];
    return parsed || rest === "" ? [] : [{ stream: "stdout", text: rest }];
  }
}
