import { Flask, flash, redirect, renderTemplate, request, urlFor } from "flask";

const app = new Flask(import.meta.url);
app.secretKey = "dev";

type CardForm = { name: string; email: string; agree: boolean };

const cards: CardForm[] = [];

function validate(form: CardForm): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.name) {
    errors.name = "Please tell us your name.";
  } else if (form.name.length > 40) {
    errors.name = "A name has at most 40 characters.";
  }
  if (!form.email) {
    errors.email = "We need an e-mail address to send the card to.";
  } else if (!form.email.includes("@")) {
    errors.email = "That does not look like an e-mail address.";
  }
  if (!form.agree) {
    errors.agree = "Please accept the library rules.";
  }
  return errors;
}

app.route("/card", { methods: ["GET", "POST"] }, function card() {
  if (request.method === "GET") {
    return renderTemplate("card.html", { form: {}, errors: {} });
  }
  const form = {
    name: request.form.get("name", "").trim(),
    email: request.form.get("email", "").trim(),
    agree: "agree" in request.form,
  };
  const errors = validate(form);
  if (Object.keys(errors).length > 0) {
    return [renderTemplate("card.html", { form, errors }), 400];
  }
  cards.push(form);
  flash(`Welcome, ${form.name}! Card number ${cards.length} is yours.`);
  return redirect(urlFor("card"));
});

app.run();
