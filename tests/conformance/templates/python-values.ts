import { Flask, renderTemplateString } from "flask";

export const app = new Flask(import.meta.url);

app.route("/", function index() {
  return renderTemplateString(
    "none={{ nothing }} true={{ yes }} false={{ no }} list={{ items }} dict={{ mapping }} float={{ half }} int_div={{ 7 // 2 }}",
    { nothing: null, yes: true, no: false, items: [1, "a"], mapping: { k: "v" }, half: 0.5 },
  );
});
