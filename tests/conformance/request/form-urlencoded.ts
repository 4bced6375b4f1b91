import { Flask, jsonify, request } from "flask";

export const app = new Flask("form_urlencoded");

app.route("/echo", { methods: ["POST"] }, function echo() {
  return jsonify({
    name: request.form.get("name") ?? null,
    colors: request.form.getList("color"),
    all: request.form.toDict(false),
    mimetype: request.mimetype,
    args: request.args.toDict(),
  });
});
