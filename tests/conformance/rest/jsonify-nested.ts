import { Flask, jsonify } from "flask";

export const app = new Flask("jsonify_nested");

const LIBRARY = {
  name: "Kolba library",
  open: true,
  rating: 4.5,
  manager: null,
  shelves: [
    { id: 1, books: [{ title: "Solaris", tags: ["sf", "classic"] }] },
    { id: 2, books: [] },
  ],
  address: { city: "Vilnius", geo: { lat: 54.68, lon: 25.28 } },
  ünicode: "Stanisław – Қазақ",
};

app.get("/library", function library() {
  return jsonify(LIBRARY);
});

app.get("/dict", function as_dict() {
  return LIBRARY;
});

app.get("/list", function as_list() {
  return jsonify([LIBRARY.shelves, [], [[1, 2], [3]]]);
});

app.get("/kwargs", function kwargs() {
  return jsonify({ total: 2, shelves: [1, 2], meta: { z: 1, a: { y: 2, b: 3 } } });
});

app.get("/scalar", function scalar() {
  return jsonify("only text");
});

app.get("/tuple", function with_status() {
  return [jsonify(LIBRARY.address), 202, { "X-Count": "1" }];
});
