import { Flask, g } from "flask";

export const app = new Flask("order");

app.beforeRequest(function first() {
  g.trace = ["before1"];
});

app.beforeRequest(function second() {
  (g.trace as string[]).push("before2");
});

app.afterRequest(function after1(response) {
  response.headers.set("X-Trace", [...(g.trace as string[]), "after1"].join(","));
  return response;
});

app.afterRequest(function after2(response) {
  (g.trace as string[]).push("after2");
  return response;
});

app.route("/", function index() {
  (g.trace as string[]).push("view");
  return "ok";
});
