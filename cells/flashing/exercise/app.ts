import { Flask, renderTemplate, request } from "flask";

const app = new Flask(import.meta.url);

const titles: string[] = [];

app.get("/", function index() {
  return renderTemplate("index.html", { titles });
});

app.post("/add", function add() {
  const title = request.form.get("title", "").trim();
  titles.push(title);
  return renderTemplate("index.html", { titles });
});

app.run();
