import { Flask, flash, redirect, renderTemplate, request, urlFor } from "flask";

const app = new Flask(import.meta.url);
app.secretKey = "dev";

const visitors: string[] = [];

app.get("/", function index() {
  return renderTemplate("guestbook.html", { visitors });
});

app.post("/sign", function sign() {
  const name = request.form.get("name", "");
  visitors.push(name);
  flash(`Thank you for signing, ${name}!`);
  return redirect(urlFor("index"));
});

app.run();
