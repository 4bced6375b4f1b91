import { Flask, request } from "flask";

const app = new Flask(import.meta.url);

const PLAIN = { "Content-Type": "text/plain; charset=utf-8" };

const FORM = `<form method="post" action="/order">
  <label>Name <input name="name" required></label>
  <label>Tea
    <select name="tea">
      <option value="assam">Assam</option>
      <option value="sencha">Sencha</option>
    </select>
  </label>
  <label><input type="radio" name="size" value="cup" checked> Cup</label>
  <label><input type="radio" name="size" value="pot"> Pot</label>
  <label><input type="checkbox" name="milk"> Milk</label>
  <label><input type="checkbox" name="extra" value="honey"> Honey</label>
  <label><input type="checkbox" name="extra" value="lemon"> Lemon</label>
  <textarea name="note" placeholder="Anything else?"></textarea>
  <input type="hidden" name="table" value="7">
  <button type="submit">Order</button>
</form>`;

app.get("/", function index() {
  return FORM;
});

app.post("/order", function order() {
  const lines: string[] = [];
  for (const key of request.form) {
    lines.push(`${key}: ${request.form.getList(key).join(" | ")}`);
  }
  lines.push("---");
  lines.push(`milk: ${"milk" in request.form ? "yes" : "no"}`);
  lines.push(`extras: ${request.form.getList("extra").length}`);
  return [lines.join("\n"), PLAIN];
});

app.run();
