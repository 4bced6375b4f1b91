import { Flask, flash, getFlashedMessages } from "flask";

export const app = new Flask("same_request");
app.secretKey = "kolba-conformance";

const pyList = (items: string[]) => `[${items.map((m) => `'${m}'`).join(", ")}]`;

app.route("/", function index() {
  flash("now");
  const first = getFlashedMessages();
  const second = getFlashedMessages();
  return `${pyList(first)} ${pyList(second)}`;
});

app.route("/next", function next_request() {
  return pyList(getFlashedMessages());
});
