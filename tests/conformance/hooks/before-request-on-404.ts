import { Flask, g, request } from "flask";

export const app = new Flask("before_request_on_404");

app.beforeRequest(function mark() {
  g.seen = request.path;
});

app.errorHandler(404, function not_found() {
  return [
    `404 after before_request saw ${g.get("seen")} (endpoint ${request.endpoint ?? "None"})`,
    404,
  ];
});
