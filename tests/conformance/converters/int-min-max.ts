import { Flask } from "flask";

export const app = new Flask("int_min_max");

app.route("/page/<int(min=1, max=10):page>", function show({ page }) {
  return `page ${page}`;
});
