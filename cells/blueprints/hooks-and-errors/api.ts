import { abort, Blueprint, g, request } from "flask";

export const bp = new Blueprint("api", import.meta.url, { urlPrefix: "/api" });

const books: Record<number, string> = { 1: "Solaris", 2: "Dune" };

// Runs before the views of this blueprint only.
bp.beforeRequest(function requireKey() {
  const key = request.args.get("key");
  if (!key) return [{ error: "add ?key=... to the address" }, 401];
  g.client = key;
});

// Catches a 404 raised by this blueprint's views only.
bp.errorHandler(404, function bookNotFound() {
  return [{ error: "no such book" }, 404];
});

bp.route("/books/<int:id>", function book({ id }) {
  if (!(id in books)) abort(404);
  return { id, title: books[id], client: g.client };
});
