import { Flask, flash, getFlashedMessages, session } from "flask";

const app = new Flask(import.meta.url);
app.secretKey = "dev";

app.route("/leave", function leave() {
  flash("Your books are renewed.");
  flash("Two of them are due on Friday.", "info");
  return { session: { ...session } };
});

app.route("/take", function take() {
  const messages = getFlashedMessages({ withCategories: true });
  return { taken: messages, left: session.get("_flashes", []) };
});

app.run();
