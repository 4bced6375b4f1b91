import { Flask, redirect, request, urlFor } from "flask";

const app = new Flask(import.meta.url);

app.route("/books/", function catalog() {
  return "<h1>All books</h1>";
});

app.route("/old-catalog", function old_catalog() {
  return redirect(urlFor("catalog"), 301);
});

app.route("/login", function login() {
  return "<h1>Please log in</h1>";
});

app.route("/account", function account() {
  return redirect(urlFor("login"));
});

app.post("/reservations", function reserve() {
  return redirect(urlFor("reservation", { number: 7 }), 303);
});

app.route("/reservations/<int:number>", function reservation({ number }) {
  return `<h1>Reservation ${number}</h1>`;
});

app.post("/returns", function returns() {
  return redirect(urlFor("returns_backup"), 307);
});

app.post("/returns-backup", function returns_backup() {
  return `Returned: ${request.form.get("title", "?")}`;
});

app.post("/api/v1/returns", function returns_v1() {
  return redirect(urlFor("returns_v2"), 308);
});

app.post("/api/v2/returns", function returns_v2() {
  return { returned: request.form.get("title", "?") };
});

app.run();
