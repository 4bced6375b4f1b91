import { Flask, Markup, renderTemplate } from "flask";

const app = new Flask(import.meta.url);

const reviews = [
  { author: "Ona", text: "Read it twice & cried both times." },
  { author: "Mallory", text: '<script>alert("Your cookies are mine")</script>' },
];

app.route("/reviews", function showReviews() {
  const notice = new Markup("Please be <strong>kind</strong>.");
  return renderTemplate("reviews.html", { reviews, notice });
});

app.route("/reviews/unsafe", function unsafeReviews() {
  return renderTemplate("unsafe.html", { reviews });
});

app.run();
