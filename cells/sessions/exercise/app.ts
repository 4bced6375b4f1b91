import { Flask, redirect, session, urlFor } from "flask";

const app = new Flask(import.meta.url);
app.secretKey = "lesson-key-not-a-secret";

const TEAS = ["green", "black", "mint"];

const LOGIN_FORM = `<form method="post" action="/login">
  <label>Name <input name="user"></label>
  <button type="submit">Log in</button>
</form>`;

app.route("/", function shop() {
  // TODO: greet a logged-in user, show their cart and a link to add each tea
  return `<p>Please log in.</p>${LOGIN_FORM}`;
});

app.post("/login", function login() {
  // TODO: keep the name in the session, with an empty cart; a blank name gets 400
  return redirect(urlFor("shop"));
});

// TODO: /add/<tea> puts one of the TEAS in the cart; a visitor who is not logged in goes to /

// TODO: /logout forgets the user and the cart

app.run();
