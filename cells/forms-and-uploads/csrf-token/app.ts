import { Flask, abort, redirect, renderTemplate, request, session, urlFor } from "flask";

const app = new Flask(import.meta.url);
app.secretKey = "dev";

const emails: Record<string, string> = { ona: "ona@example.com", jonas: "jonas@example.com" };

/** Like Python's secrets.token_hex: random bytes written as hexadecimal text. */
function tokenHex(nbytes: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(nbytes));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** Like secrets.compare_digest: looks at every character, however early they differ. */
function sameToken(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  }
  return difference === 0;
}

app.templateGlobal("csrf_token", function csrfToken() {
  if (!("csrf_token" in session)) {
    session.csrf_token = tokenHex(16);
  }
  return session.csrf_token;
});

app.beforeRequest(function checkCsrfToken() {
  if (request.method === "POST") {
    const kept = session.get("csrf_token", "");
    const sent = request.form.get("csrf_token", "");
    if (!kept || !sameToken(sent, kept)) {
      abort(400, "The CSRF token is missing or wrong.");
    }
  }
});

app.get("/", function index() {
  const user = session.get("user");
  return renderTemplate("account.html", { user, email: emails[user] });
});

app.post("/login", function login() {
  const user = request.form.get("user", "");
  if (!(user in emails)) {
    abort(403);
  }
  session.user = user;
  return redirect(urlFor("index"));
});

app.post("/email", function email() {
  const user = session.get("user");
  if (!user) {
    abort(403);
  }
  emails[user] = request.form.get("email", "").trim();
  return redirect(urlFor("index"));
});

app.run();
