/**
 * Compare the normalized results of Flask and the port, field by field.
 * @example const differences = compareResults(flask, port, script);
 * @see docs/conformance.md (what is compared and how)
 */
import type { Result } from "./normalize.ts";
import type { Script } from "./script.ts";

export type Difference = {
  request: string;
  field: string;
  flask: unknown;
  port: unknown;
  note?: string;
};

const METHOD_LIST = /\(((?:[A-Z]+, )*[A-Z]+)\)/g;

/** Body normalizers a script can ask for. */
const BODY_NORMALIZERS: Record<string, (text: string) => string> = {
  // Werkzeug prints a rule's methods from a Python set, whose order changes per process.
  "rule-methods": (text) =>
    text.replace(METHOD_LIST, (_m, list: string) => `(${list.split(", ").sort().join(", ")})`),
};

function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** Deep equality for JSON data (object key order ignored). */
export function sameData(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function normalizeText(text: string, script: Script): string {
  let out = text;
  for (const name of script.normalize ?? []) out = BODY_NORMALIZERS[name]!(out);
  return out;
}

function compareOne(flask: Result, port: Result, script: Script, out: Difference[]): void {
  const ignore = new Set((script.ignore?.fields ?? []).map((s) => s.toLowerCase()));
  const request = flask.request;
  const push = (field: string, a: unknown, b: unknown, note?: string) =>
    out.push(
      note ? { request, field, flask: a, port: b, note } : { request, field, flask: a, port: b },
    );
  if (flask.error !== undefined || port.error !== undefined) {
    if (flask.error !== port.error) push("error", flask.error, port.error);
    return;
  }
  if (flask.status !== port.status) push("status", flask.status, port.status);
  if (!ignore.has("statustext") && flask.statusText !== port.statusText) {
    push("statusText", flask.statusText, port.statusText);
  }
  const names = new Set([...Object.keys(flask.headers ?? {}), ...Object.keys(port.headers ?? {})]);
  for (const name of [...names].sort()) {
    if (ignore.has(name)) continue;
    const a = flask.headers?.[name];
    const b = port.headers?.[name];
    if (a !== b) push(`headers.${name}`, a, b);
  }
  if (!ignore.has("set-cookie")) compareCookies(flask, port, push);
  if (!ignore.has("body")) compareBody(flask, port, script, push);
  if (!ignore.has("cookies") && !sameData(flask.cookies, port.cookies)) {
    push("cookies (client jar)", flask.cookies, port.cookies);
  }
}

type Push = (field: string, a: unknown, b: unknown, note?: string) => void;

function compareCookies(flask: Result, port: Result, push: Push): void {
  const a = flask.setCookie ?? [];
  const b = port.setCookie ?? [];
  const count = Math.max(a.length, b.length);
  for (let i = 0; i < count; i++) {
    const x = a[i];
    const y = b[i];
    const field = `set-cookie[${i}]${x ? ` ${x.name}` : y ? ` ${y.name}` : ""}`;
    if (!x || !y) {
      push(field, x, y);
      continue;
    }
    if (x.name !== y.name) push(`${field}.name`, x.name, y.name);
    if (x.value !== y.value) push(`${field}.value`, x.value, y.value);
    if (!sameData(x.session, y.session)) push(`${field}.session`, x.session, y.session);
    // Equal data can still be written differently (key order, tuple tags).
    else if (x.payload !== y.payload) push(`${field}.payload`, x.payload, y.payload);
    if (!sameData(x.attributes, y.attributes))
      push(`${field}.attributes`, x.attributes, y.attributes);
  }
}

function compareBody(flask: Result, port: Result, script: Script, push: Push): void {
  const a = flask.body;
  const b = port.body;
  if (!a || !b) {
    if (a !== b) push("body", a, b);
    return;
  }
  if (a.kind === "binary" || b.kind === "binary") {
    if (!sameData(a, b)) push("body", a, b);
    return;
  }
  if (a.kind === "json" && b.kind === "json" && !sameData(a.data, b.data)) {
    push("body.data", a.data, b.data);
    return;
  }
  const ta = normalizeText(a.text, script);
  const tb = normalizeText(b.text, script);
  if (ta === tb) return;
  const note =
    a.kind === "json" && b.kind === "json" ? "formatting only; JSON data equal" : undefined;
  push("body.text", ta, tb, note);
}

/** Every difference between two runs of the same script. */
export function compareResults(flask: Result[], port: Result[], script: Script): Difference[] {
  const out: Difference[] = [];
  const count = Math.max(flask.length, port.length);
  for (let i = 0; i < count; i++) {
    const a = flask[i];
    const b = port[i];
    if (!a || !b) {
      out.push({ request: (a ?? b)!.request, field: "result", flask: a, port: b });
      continue;
    }
    compareOne(a, b, script, out);
  }
  return out;
}

function short(value: unknown, max = 160): string {
  const text = value === undefined ? "(absent)" : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function textDiff(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 30);
  const line = a.slice(0, i).split("\n").length;
  return `first difference at line ${line}, char ${i}: flask ${short(a.slice(from, i + 50))}, port ${short(b.slice(from, i + 50))}`;
}

/** One readable line for a difference. */
export function formatDifference(d: Difference): string {
  const head = `${d.request}  ${d.field}`;
  const note = d.note ? ` (${d.note})` : "";
  if (
    typeof d.flask === "string" &&
    typeof d.port === "string" &&
    (d.flask.length > 60 || d.port.length > 60)
  ) {
    return `${head}${note}: ${textDiff(d.flask, d.port)}`;
  }
  return `${head}${note}: flask ${short(d.flask)} ≠ port ${short(d.port)}`;
}
