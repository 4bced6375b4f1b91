import { Flask, request } from "flask";

const app = new Flask(import.meta.url);

const PLAIN = { "Content-Type": "text/plain; charset=utf-8" };

const FORM = `<form method="post">
  <label>Name <input name="name"></label>
  <label>E-mail <input name="email"></label>
  <button>Subscribe</button>
</form>`;

app.route("/subscribe", { methods: ["GET", "POST"] }, function subscribe() {
  if (request.method === "GET") {
    return FORM;
  }
  const email = request.form.get("email", "").trim();
  if (!email) {
    return ["Please give an e-mail address.", 400, PLAIN];
  }
  const name = request.form.get("name", "").trim() || "friend";
  return [`Thank you, ${name}! The news will go to ${email}.`, PLAIN];
});

app.route("/greet", { methods: ["GET", "POST"] }, function greet() {
  const name = request.values.get("name", "stranger");
  return [`Hello, ${name}! (${request.method})`, PLAIN];
});

app.run();
