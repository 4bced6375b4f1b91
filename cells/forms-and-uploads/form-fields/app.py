from flask import Flask, request

app = Flask(__name__)

PLAIN = {"Content-Type": "text/plain; charset=utf-8"}

FORM = """<form method="post" action="/order">
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
</form>"""


@app.get("/")
def index():
    return FORM


@app.post("/order")
def order():
    lines = []
    for key in request.form:
        lines.append(f"{key}: {' | '.join(request.form.getlist(key))}")
    lines.append("---")
    lines.append(f"milk: {'yes' if 'milk' in request.form else 'no'}")
    lines.append(f"extras: {len(request.form.getlist('extra'))}")
    return "\n".join(lines), PLAIN


if __name__ == "__main__":
    app.run()
