import { Flask, request } from "flask";

const app = new Flask(import.meta.url);

app.route("/search", function search() {
  const q = request.args.get("q", "");
  const page = request.args.get("page", 1, Number);
  const tags = request.args.getList("tag");
  return { q, page, tags };
});

app.run();
