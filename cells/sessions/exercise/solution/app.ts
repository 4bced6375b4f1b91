import { escape as escapeHtml, Flask, redirect, request, session, urlFor } from "flask";

const app = new Flask(import.meta.url);
app.secretKey = "lesson-key-not-a-secret";

const TEAS = ["green", "black", "mint"];

const LOGIN_FORM = `<form method="post" action="/login">
  <label>Name <input name="user"></label>
  <button type="submit">Log in</button>
</form>`;

app.route("/", function shop() {
  const user = session.get("user");
  if (user === undefined) return `<p>Please log in.</p>${LOGIN_FORM}`;
  const cart: string[] = session.get("cart", []);
  const links = TEAS.map((tea) => `<a href="${urlFor("add", { tea })}">add ${tea}</a>`);
  return (
    `<p>Hello, ${escapeHtml(user)}!</p>` +
    `<p>Cart: ${cart.join(", ") || "empty"}</p>` +
    `<p>${links.join(" · ")}</p>` +
    `<p><a href="${urlFor("logout")}">Log out</a></p>`
  );
});

app.post("/login", function login() {
  const name = (request.form.get("user") ?? "").trim();
  if (!name) return ["A name is needed to log in.", 400];
  session.user = name;
  session.cart = [];
  return redirect(urlFor("shop"));
});

app.route("/add/<any(green, black, mint):tea>", function add({ tea }) {
  if (session.get("user") === undefined) return redirect(urlFor("shop"));
  session.cart.push(tea);
  session.modified = true; // the list changed inside the session
  return redirect(urlFor("shop"));
});

app.route("/logout", function logout() {
  session.clear();
  return redirect(urlFor("shop"));
});

app.run();
