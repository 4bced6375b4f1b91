import { abort, Blueprint, Flask, g } from "flask";

const api = new Blueprint("api", "hooks_and_errors", { urlPrefix: "/api" });

api.beforeRequest(function api_before() {
  g.scope = "api";
});

api.errorHandler(404, function api_not_found() {
  return [{ error: "not found", scope: g.get("scope") ?? null }, 404];
});

api.afterRequest(function api_after(response) {
  response.headers.set("X-Scope", "api");
  return response;
});

api.route("/thing/<int:n>", function thing({ n }) {
  if (n > 10) abort(404);
  return { n, scope: g.scope };
});

export const app = new Flask("hooks_and_errors");
app.registerBlueprint(api);

app.beforeRequest(function app_before() {
  g.scope = g.get("scope", "app");
});

app.route("/plain", function plain() {
  return `scope ${g.scope}`;
});
