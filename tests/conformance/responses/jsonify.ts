import { Flask, jsonify } from "flask";

export const app = new Flask("jsonify");

app.route("/kwargs", function kwargs() {
  return jsonify({ b: 2, a: 1 });
});

app.route("/args", function args() {
  return jsonify(1, "two", null);
});

app.route("/one", function one() {
  return jsonify([1, 2]);
});

app.route("/scalar", function scalar() {
  return jsonify("text");
});

app.route("/empty", function empty() {
  return jsonify();
});

app.route("/numbers", function numbers() {
  return jsonify({ i: 10, f: 2.5, big: 12345678901234, neg: -0.5 });
});

app.route("/escape", function escaped() {
  return jsonify({ html: "<script>&'\"</script>", uni: "ąčę ☃", ctrl: "a\tb\nc" });
});
