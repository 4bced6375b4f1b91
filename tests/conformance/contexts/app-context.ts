import { currentApp, Flask, g, hasAppContext, hasRequestContext } from "flask";

export const app = new Flask("app_context");

const py = (b: boolean) => (b ? "True" : "False");

const ctx = app.appContext();
ctx.push();
g.setup = "done";
const INSIDE = `${currentApp.name} ${g.setup} ${py(hasAppContext())} ${py(hasRequestContext())}`;
ctx.pop();
const OUTSIDE = `${py(hasAppContext())} ${py(hasRequestContext())}`;

app.route("/", function index() {
  return `${INSIDE} | ${OUTSIDE} | ${py(hasAppContext())} ${py(hasRequestContext())} ${g.get("setup") ?? "None"}`;
});
