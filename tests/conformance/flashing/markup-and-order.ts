import { Flask, flash, getFlashedMessages, jsonify, Markup } from "flask";

export const app = new Flask("markup_and_order");
app.secretKey = "kolba-conformance";

app.route("/flash", function do_flash() {
  flash("first", "info");
  // Flask flashes Markup as it is; the port's signature only names strings.
  flash(new Markup("<b>bold</b>") as unknown as string, "info");
  flash("third", "error");
  return "ok";
});

app.route("/read", function read() {
  return jsonify({
    filtered: getFlashedMessages({ withCategories: true, categoryFilter: ["info"] }),
    plain: getFlashedMessages(),
  });
});
