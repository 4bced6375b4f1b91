import { Flask } from "flask";

export const app = new Flask("any");

app.route('/<any(about, help, "contact us"):page>', function show({ page }) {
  return `page ${page}`;
});
