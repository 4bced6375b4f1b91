import { abort, Blueprint, Flask, g, request } from "flask";

const api = new Blueprint("api", "routing_errors", { urlPrefix: "/api" });
const errors = new Blueprint("errors", "routing_errors");

api.beforeRequest(function api_before() {
  g.hooks = `${g.get("hooks", "")}api `;
});

api.errorHandler(404, function api_not_found() {
  return [{ error: "api 404", hooks: g.get("hooks", "") }, 404];
});

api.errorHandler(405, function api_not_allowed() {
  return [{ error: "api 405" }, 405];
});

api.route("/items/<int:id>", function item({ id }) {
  if (id > 3) abort(404);
  return { id, hooks: g.hooks };
});

errors.beforeAppRequest(function everywhere() {
  g.hooks = `${g.get("hooks", "")}app `;
});

errors.appErrorHandler(404, function app_not_found() {
  return [`app 404 hooks=${g.get("hooks", "")} blueprint=${request.blueprint ?? "-"}`, 404];
});

export const app = new Flask("routing_errors");
app.registerBlueprint(api);
app.registerBlueprint(errors);

app.route("/", function index() {
  return `index hooks=${g.hooks}`;
});
