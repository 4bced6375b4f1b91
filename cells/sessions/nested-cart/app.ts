import { Flask, redirect, session, urlFor } from "flask";

const app = new Flask(import.meta.url);
app.secretKey = "lesson-key-not-a-secret";

const ITEMS = ["tea", "milk", "honey"];

app.route("/", function cart() {
  const items: string[] = session.get("cart", []);
  const links = ITEMS.map(
    (i) => `<a href="/add/${i}">add ${i}</a> (<a href="/add-quietly/${i}">quietly</a>)`,
  ).join(" · ");
  return (
    `<p>Cart: ${items.join(", ") || "empty"}</p>` +
    `<p>${links}</p><p><a href="/empty">Empty the cart</a></p>`
  );
});

app.route("/add-quietly/<any(tea, milk, honey):item>", function add_quietly({ item }) {
  // Changes the list inside the session, and nobody tells the session.
  session.setdefault("cart", []).push(item);
  return redirect(urlFor("cart"));
});

app.route("/add/<any(tea, milk, honey):item>", function add({ item }) {
  session.setdefault("cart", []).push(item);
  session.modified = true;
  return redirect(urlFor("cart"));
});

app.route("/empty", function empty() {
  session.cart = [];
  return redirect(urlFor("cart"));
});

app.run();
