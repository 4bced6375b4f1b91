/**
 * Message flashing: store a message for the next request, read it there.
 * @see flask/helpers.py flash, get_flashed_messages
 */
import { requestContextOrThrow } from "./globals.ts";
import { tuple } from "./json-tag.ts";

type Flash = [string, string];

interface FlashSession {
  [key: string]: unknown;
}

/**
 * Flash a message for the next request (kept in the session).
 * @example
 * flash("Saved!", "success");
 * @see flask/helpers.py flash
 */
export function flash(message: string, category = "message"): void {
  const ctx = requestContextOrThrow();
  const session = ctx.session as FlashSession & { get?(k: string, d?: unknown): unknown };
  const current = (
    typeof session.get === "function" ? session.get("_flashes", []) : (session._flashes ?? [])
  ) as Flash[];
  // Flask stores `(category, message)` tuples: the cookie carries them with the ` t` tag.
  // Reassigning (not pushing) marks the session modified, as in Flask.
  session._flashes = [...current, tuple(category, message)];
}

/**
 * The flashed messages, removed from the session on first read (and cached for the request).
 * @example
 * getFlashedMessages({ withCategories: true, categoryFilter: ["error"] }); // [("error", "Oops")] as tuples
 * @see flask/helpers.py get_flashed_messages
 */
export function getFlashedMessages(options?: {
  withCategories?: false;
  categoryFilter?: string[];
}): string[];
export function getFlashedMessages(options: {
  withCategories: true;
  categoryFilter?: string[];
}): [string, string][];
export function getFlashedMessages(options?: {
  withCategories?: boolean;
  categoryFilter?: string[];
}): string[] | [string, string][];
export function getFlashedMessages(
  options: { withCategories?: boolean; categoryFilter?: string[] } = {},
): string[] | [string, string][] {
  const ctx = requestContextOrThrow();
  let flashes = ctx.flashes;
  if (flashes === null) {
    const session = ctx.session as FlashSession & {
      pop(k: string, d?: unknown): unknown;
      accessed: boolean;
    };
    // A membership test does not count as reading the session in Flask (no Vary: Cookie).
    const wasAccessed = session.accessed;
    if ("_flashes" in session) {
      flashes = (session.pop("_flashes") as Flash[]).map(
        (f) => tuple(String(f[0]), String(f[1])) as Flash,
      );
    } else {
      session.accessed = wasAccessed;
      flashes = [];
    }
    ctx.flashes = flashes;
  }
  const filter = options.categoryFilter ?? [];
  const picked = filter.length > 0 ? flashes.filter((f) => filter.includes(f[0])) : flashes;
  return options.withCategories
    ? picked.map((f) => tuple(f[0], f[1]) as Flash)
    : picked.map((f) => f[1]);
}
