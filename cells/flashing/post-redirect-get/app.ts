import { Flask, redirect, renderTemplate, request, urlFor } from "flask";

const app = new Flask(import.meta.url);

const visitors: string[] = [];

app.get("/", function index() {
  return renderTemplate("guestbook.html", { visitors });
});

app.post("/naive", function naive() {
  visitors.push(request.form.get("name", ""));
  return renderTemplate("guestbook.html", { visitors });
});

app.post("/sign", function sign() {
  visitors.push(request.form.get("name", ""));
  return redirect(urlFor("index"));
});

app.run();
