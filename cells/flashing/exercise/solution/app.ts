import { Flask, flash, redirect, renderTemplate, request, urlFor } from "flask";

const app = new Flask(import.meta.url);
app.secretKey = "dev";

const titles: string[] = [];

app.get("/", function index() {
  return renderTemplate("index.html", { titles });
});

app.post("/add", function add() {
  const title = request.form.get("title", "").trim();
  if (!title) {
    flash("Write a title first.", "error");
  } else if (title.length > 60) {
    flash("A title has at most 60 characters.", "error");
    flash("Tip: leave out the subtitle.", "info");
  } else if (titles.includes(title)) {
    flash(`${title} is already on your list.`, "error");
  } else {
    titles.push(title);
    flash(`Added ${title}.`, "success");
    return redirect(urlFor("index"));
  }
  return [renderTemplate("index.html", { titles }), 400];
});

app.run();
