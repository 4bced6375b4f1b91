import { type FileStorage, Flask, KeyError, request } from "flask";

export const app = new Flask("missing_key");

app.route("/form", { methods: ["POST"] }, function form() {
  return `Hello ${request.form.name}`;
});

app.route("/args", function args() {
  return `q=${request.args.q}`;
});

app.route("/values", { methods: ["GET", "POST"] }, function values() {
  return `v=${request.values.v}`;
});

app.route("/files", { methods: ["POST"] }, function files() {
  return `file=${(request.files.doc as FileStorage).filename}`;
});

app.route("/cookies", function cookies() {
  return `theme=${request.cookies.theme}`;
});

app.route("/headers", function headers() {
  return `token=${request.headers["X-Token"]} same=${request.headers.x_token}`;
});

app.route("/has", { methods: ["POST"] }, function has() {
  const py = (b: boolean) => (b ? "True" : "False");
  return `name: ${py("name" in request.form)}, age: ${py("age" in request.form)}`;
});

app.route("/handled", { methods: ["POST"] }, function handled() {
  try {
    return request.form.name;
  } catch (e) {
    if (e instanceof KeyError) return [`no ${e.key}`, 422];
    throw e;
  }
});
