import { Flask, jsonify, request, secureFilename } from "flask";

export const app = new Flask(import.meta.url);

app.route("/secure", { methods: ["POST"] }, function secure() {
  return jsonify(request.form.getList("name").map((name) => [name, secureFilename(name)]));
});
