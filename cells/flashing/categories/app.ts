import { abort, Flask, flash, redirect, renderTemplate, urlFor } from "flask";

const app = new Flask(import.meta.url);
app.secretKey = "dev";

const books: Record<string, { title: string; on_loan: boolean }> = {
  dune: { title: "Dune", on_loan: false },
  solaris: { title: "Solaris", on_loan: true },
  momo: { title: "Momo", on_loan: false },
};

app.get("/", function index() {
  return renderTemplate("shelf.html", { books });
});

app.post("/borrow/<slug>", function borrow({ slug }) {
  const book = books[slug] ?? abort(404);
  if (book.on_loan) {
    flash(`${book.title} is already on loan.`, "error");
  } else {
    book.on_loan = true;
    flash(`You borrowed ${book.title}.`, "success");
    flash("Please bring it back within 14 days.", "info");
  }
  return redirect(urlFor("index"));
});

app.post("/return/<slug>", { endpoint: "give_back" }, function giveBack({ slug }) {
  const book = books[slug] ?? abort(404);
  book.on_loan = false;
  flash(`Thank you for returning ${book.title}.`);
  return redirect(urlFor("index"));
});

app.run();
