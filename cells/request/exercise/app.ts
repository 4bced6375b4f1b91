import { Flask, request } from "flask";

const app = new Flask(import.meta.url);

const PLAIN = { "Content-Type": "text/plain; charset=utf-8" };
const PER_PAGE = 3;

const TEAS = [
  { name: "Sencha", tags: ["green", "japan"] },
  { name: "Gyokuro", tags: ["green", "japan"] },
  { name: "Dragon Well", tags: ["green", "china"] },
  { name: "Assam", tags: ["black", "india"] },
  { name: "Darjeeling", tags: ["black", "india"] },
  { name: "Earl Grey", tags: ["black", "blend"] },
  { name: "Chamomile", tags: ["herbal"] },
];

app.get("/teas", function teas() {
  // TODO: read q, page (a number, 1 when missing) and every tag from the query string,
  // keep the teas that match, and answer one page of PER_PAGE names
  return { teas: TEAS.map((tea) => tea.name) };
});

app.post("/order", function order() {
  // TODO: read the form fields tea and cups (a number, 1 when missing)
  return ["Order received", PLAIN];
});

app.run();
