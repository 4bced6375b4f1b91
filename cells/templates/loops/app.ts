import { abort, Flask, renderTemplate } from "flask";

const app = new Flask(import.meta.url);

const shelves: Record<string, Array<{ title: string; available: boolean }>> = {
  classics: [
    { title: "Anna Karenina", available: true },
    { title: "Moby-Dick", available: false },
    { title: "Don Quixote", available: true },
  ],
  poetry: [],
};

app.route("/shelf/<name>", function shelf({ name }) {
  if (!(name in shelves)) abort(404);
  return renderTemplate("shelf.html", { name, books: shelves[name] });
});

app.run();
