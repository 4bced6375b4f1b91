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
  const q = request.args.get("q", "");
  const page = request.args.get("page", 1, Number);
  const tags = request.args.getList("tag");
  const found = TEAS.filter(
    (tea) =>
      tea.name.toLowerCase().includes(q.toLowerCase()) &&
      tags.every((tag) => tea.tags.includes(tag)),
  );
  const start = (page - 1) * PER_PAGE;
  return {
    q,
    page,
    tags,
    total: found.length,
    teas: found.slice(start, start + PER_PAGE).map((tea) => tea.name),
  };
});

app.post("/order", function order() {
  const tea = request.form.get("tea", "").trim();
  const cups = request.form.get("cups", 1, Number);
  if (!tea) {
    return ["Please choose a tea.", 400, PLAIN];
  }
  if (!TEAS.some((known) => known.name === tea)) {
    return [`Sorry, we have no ${tea}.`, 400, PLAIN];
  }
  return [`Order received: ${cups} x ${tea}`, PLAIN];
});

app.run();
