import { Flask, flash, getFlashedMessages, jsonify } from "flask";

export const app = new Flask("categories");
app.secretKey = "kolba-conformance";

app.route("/flash", function do_flash() {
  flash("Plain message");
  flash("Bad password", "error");
  flash("Logged in", "success");
  flash("Disk almost full", "warning");
  return "flashed";
});

app.route("/all", function all_messages() {
  return jsonify(getFlashedMessages({ withCategories: true }));
});

app.route("/errors", function errors() {
  return jsonify({
    only: getFlashedMessages({ categoryFilter: ["error", "warning"] }),
    with_categories: getFlashedMessages({ withCategories: true, categoryFilter: ["success"] }),
  });
});
