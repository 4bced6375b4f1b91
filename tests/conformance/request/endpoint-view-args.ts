import { Flask, jsonify, request } from "flask";

export const app = new Flask("endpoint_view_args");

app.route("/post/<int:pid>/<slug>", function post() {
  return jsonify({
    endpoint: request.endpoint,
    view_args: request.viewArgs,
    rule: request.urlRule!.rule,
    methods: [...request.urlRule!.methods!].sort(),
  });
});

app.errorHandler(404, function not_found() {
  return [jsonify({ endpoint: request.endpoint, view_args: request.viewArgs, rule: null }), 404];
});
