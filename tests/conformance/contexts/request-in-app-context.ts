import { Flask, request } from "flask";

export const app = new Flask("request_in_app_context");

let MESSAGE = "";
const ctx = app.appContext();
ctx.push();
try {
  request.args;
  MESSAGE = "no error";
} catch (e) {
  MESSAGE = (e as Error).message;
}
ctx.pop();

app.route("/", function index() {
  return MESSAGE;
});
