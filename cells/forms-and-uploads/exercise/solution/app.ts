import { Flask, flash, redirect, renderTemplate, request, urlFor } from "flask";

const app = new Flask(import.meta.url);
app.secretKey = "dev";

const SEATS = ["1", "2", "3", "4"];

app.route("/book", { methods: ["GET", "POST"] }, function book() {
  if (request.method === "GET") {
    return renderTemplate("book.html", { seats: SEATS, form: {}, errors: {} });
  }
  const form = {
    name: request.form.get("name", "").trim(),
    email: request.form.get("email", "").trim(),
    seats: request.form.get("seats", ""),
  };
  const errors: Record<string, string> = {};
  if (!form.name) {
    errors.name = "Please tell us your name.";
  }
  if (!form.email.includes("@")) {
    errors.email = "That does not look like an e-mail address.";
  }
  if (!SEATS.includes(form.seats)) {
    errors.seats = "Choose 1 to 4 seats.";
  }
  if (Object.keys(errors).length > 0) {
    return [renderTemplate("book.html", { seats: SEATS, form, errors }), 400];
  }
  flash(`Booked ${form.seats} seats for ${form.name}.`);
  return redirect(urlFor("book"));
});

app.run();
