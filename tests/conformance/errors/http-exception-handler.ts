import { Flask, HTTPException, jsonify, NotFound } from "flask";

export const app = new Flask("http_exception_handler");

app.errorHandler(HTTPException, function http_error(e) {
  return [jsonify({ code: e.code, name: e.name, description: e.description }), e.code];
});

app.errorHandler(NotFound, function not_found() {
  return ["NotFound handler", 404];
});

app.route("/only-post", { methods: ["POST"] }, function only_post() {
  return "posted";
});
