import { Flask, redirect, request, session, urlFor } from "flask";

const app = new Flask(import.meta.url);
app.secretKey = "lesson-key-not-a-secret";

const PLAIN = { "Content-Type": "text/plain; charset=utf-8" };

/** Decode URL-safe base64 without the "=" padding that Flask leaves out. */
function unbase64(text: string): Uint8Array {
  const plain = text.replace(/-/g, "+").replace(/_/g, "/");
  const padded = plain + "=".repeat((4 - (plain.length % 4)) % 4);
  return Uint8Array.from(atob(padded), (char) => char.charCodeAt(0));
}

app.route("/login/<name>", function login({ name }) {
  session.user = name;
  session.theme = "dark";
  return redirect(urlFor("peek"));
});

app.route("/peek", function peek() {
  const cookie = request.cookies.get("session");
  if (!cookie) return ["No session cookie yet: open /login/ona first.", PLAIN];
  const parts = cookie.split(".");
  if (parts.length !== 3) {
    return [`Not a plain session cookie: it has ${parts.length} parts.`, PLAIN];
  }
  const [data = "", stamp = "", signature = ""] = parts;
  const seconds = unbase64(stamp).reduce((total, byte) => total * 256 + byte, 0);
  const lines = [
    `data:      ${new TextDecoder().decode(unbase64(data))}`,
    `timestamp: ${seconds} (seconds since 1970)`,
    `signature: ${signature}`,
    `The app trusts it, and its user is: ${session.get("user") ?? "None"}`,
  ];
  return [lines.join("\n"), PLAIN];
});

app.run();
