import { currentApp, Flask, g, request } from "flask";

const app = new Flask(import.meta.url);
app.config.set("ADMINS", ["ona"]);

const PLAIN = { "Content-Type": "text/plain; charset=utf-8" };

// Finds the visitor once per request, however often it is called.
function currentUser(): string {
  if (!("user" in g)) {
    g.lookups = Number(g.get("lookups", 0)) + 1;
    g.user = request.headers.get("X-User", "guest");
  }
  return g.user as string;
}

// Needs the app's settings but is not given the app: currentApp finds it.
function isAdmin(): boolean {
  const admins = currentApp.config.get("ADMINS") as string[];
  return admins.includes(currentUser());
}

app.route("/dashboard", function dashboard() {
  const lines = [
    `Hello, ${currentUser()}!`,
    isAdmin() ? "You may change the shop." : "You may look around.",
    `Signed in as ${currentUser()}.`,
    `Lookups in this request: ${g.lookups}`,
  ];
  return [lines.join("\n"), PLAIN];
});

app.run();
