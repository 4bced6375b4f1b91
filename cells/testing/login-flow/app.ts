import { Flask, redirect, request, session, urlFor } from "flask";

// One member, for the lesson; a real app keeps hashed passwords in a database.
const USERS: Record<string, string> = { ana: "s3cret" };

export function createApp(config?: Record<string, unknown>) {
  const app = new Flask(import.meta.url);
  app.config.set("SECRET_KEY", "lesson-key-not-a-secret");
  if (config) app.config.fromMapping(config);

  app.route("/login", { methods: ["GET", "POST"] }, function login() {
    if (request.method === "POST") {
      const name = request.form.get("name") ?? "";
      const password = request.form.get("password") ?? "";
      if (Object.hasOwn(USERS, name) && USERS[name] === password) {
        session.user = name;
        return redirect(urlFor("account"));
      }
      return ["Wrong name or password", 401];
    }
    return '<form method="post"><input name="name"> <input name="password" type="password"> <button>Log in</button></form>';
  });

  app.get("/account", function account() {
    const user = session.get("user");
    if (!user) return redirect(urlFor("login"));
    return `Hello, ${user}`;
  });

  app.post("/logout", function logout() {
    session.pop("user", null);
    return redirect(urlFor("login"));
  });

  return app;
}

const app = createApp();
app.run();
