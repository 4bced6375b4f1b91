import { Flask, redirect, request, session, urlFor } from "flask";

export function createApp(config?: Record<string, unknown>) {
  const app = new Flask(import.meta.url);
  app.config.fromMapping({ SECRET_KEY: "dev", NOTES: [] });
  if (config) app.config.fromMapping(config);

  app.post("/login", function login() {
    const name = request.form.get("name", "");
    if (!name) return [{ error: "name is required" }, 400];
    session.user = name;
    return redirect(urlFor("me"));
  });

  app.get("/me", function me() {
    if (!("user" in session)) return [{ error: "not logged in" }, 401];
    return { user: session.user };
  });

  app.post("/notes", function add_note() {
    const notes = app.config.get("NOTES") as string[];
    notes.push((request.getJson() as { text: string }).text);
    return [{ count: notes.length }, 201];
  });

  return app;
}

createApp().run();
