import { Flask } from "flask";

const app = new Flask(import.meta.url);

const PLAIN = { "Content-Type": "text/plain; charset=utf-8" };

app.route("/user/<int:id>", function profile({ id }) {
  return `User number ${id}. The next one is ${id + 1}.`;
});

app.route("/price/<float:amount>", function price({ amount }) {
  return `Price: ${amount.toFixed(2)} EUR`;
});

app.route("/files/<path:subpath>", function files({ subpath }) {
  return [`You asked for the file ${subpath}`, PLAIN];
});

app.route("/tickets/<uuid:ticket>", function showTicket({ ticket }) {
  return `Ticket ${ticket}`;
});

app.route("/lang/<any(en, lt, kk):code>/", function language({ code }) {
  return `Language: ${code}`;
});

app.run();
