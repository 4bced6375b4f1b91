import { Flask, flash, redirect, renderTemplate, request, urlFor } from "flask";

const app = new Flask(import.meta.url);
app.secretKey = "dev";

const entries: Array<{ name: string; message: string }> = [];

app.get("/", function index() {
  return renderTemplate("guestbook.html", { entries, form: {} });
});

app.post("/sign", function sign() {
  const name = request.form.get("name", "").trim();
  const message = request.form.get("message", "").trim();
  const errors: string[] = [];
  if (!name) {
    errors.push("Please tell us your name.");
  }
  if (!message) {
    errors.push("Please write a message.");
  } else if (message.length > 200) {
    errors.push("Keep the message to 200 characters.");
  }
  if (errors.length > 0) {
    for (const error of errors) {
      flash(error, "error");
    }
    const form = { name, message };
    return [renderTemplate("guestbook.html", { entries, form }), 400];
  }
  entries.push({ name, message });
  flash(`Thank you, ${name}! Your message is in the book.`, "success");
  return redirect(urlFor("index"));
});

app.run();
