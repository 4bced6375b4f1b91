import { Flask, renderTemplate, request } from "flask";

const app = new Flask(import.meta.url);

const SEATS = ["1", "2", "3", "4"];

app.route("/book", { methods: ["GET", "POST"] }, function book() {
  if (request.method === "GET") {
    return renderTemplate("book.html", { seats: SEATS, problems: [], done: "" });
  }
  const name = request.form.get("name", "").trim();
  const email = request.form.get("email", "").trim();
  const seats = request.form.get("seats", "");
  const problems: string[] = [];
  if (!name) {
    problems.push("Please tell us your name.");
  }
  if (!email.includes("@")) {
    problems.push("That does not look like an e-mail address.");
  }
  if (problems.length > 0) {
    return renderTemplate("book.html", { seats: SEATS, problems, done: "" });
  }
  const done = `Booked ${seats} seats for ${name}.`;
  return renderTemplate("book.html", { seats: SEATS, problems, done });
});

app.run();
