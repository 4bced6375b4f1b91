import { Flask, renderTemplate } from "flask";

export const app = new Flask(import.meta.url);

app.contextProcessor(function inject_site() {
  return { site: "Kolba", year: 2025 };
});

app.contextProcessor(function inject_helpers() {
  return { shout: (text: string) => text.toUpperCase() + "!" };
});

app.templateFilter(function reverse_text(value: string) {
  return [...value].reverse().join("");
});

app.templateFilter("twice", function double(value: string) {
  return value.repeat(2);
});

app.templateGlobal(function app_version() {
  return "1.0";
});

app.route("/", function index() {
  return renderTemplate("processors.html");
});
