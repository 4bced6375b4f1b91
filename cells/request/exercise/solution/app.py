from flask import Flask, request

app = Flask(__name__)

PLAIN = {"Content-Type": "text/plain; charset=utf-8"}
PER_PAGE = 3

TEAS = [
    {"name": "Sencha", "tags": ["green", "japan"]},
    {"name": "Gyokuro", "tags": ["green", "japan"]},
    {"name": "Dragon Well", "tags": ["green", "china"]},
    {"name": "Assam", "tags": ["black", "india"]},
    {"name": "Darjeeling", "tags": ["black", "india"]},
    {"name": "Earl Grey", "tags": ["black", "blend"]},
    {"name": "Chamomile", "tags": ["herbal"]},
]


@app.get("/teas")
def teas():
    q = request.args.get("q", "")
    page = request.args.get("page", 1, type=int)
    tags = request.args.getlist("tag")
    found = [
        tea
        for tea in TEAS
        if q.lower() in tea["name"].lower() and all(tag in tea["tags"] for tag in tags)
    ]
    start = (page - 1) * PER_PAGE
    return {
        "q": q,
        "page": page,
        "tags": tags,
        "total": len(found),
        "teas": [tea["name"] for tea in found[start : start + PER_PAGE]],
    }


@app.post("/order")
def order():
    tea = request.form.get("tea", "").strip()
    cups = request.form.get("cups", 1, type=int)
    if not tea:
        return "Please choose a tea.", 400, PLAIN
    if not any(known["name"] == tea for known in TEAS):
        return f"Sorry, we have no {tea}.", 400, PLAIN
    return f"Order received: {cups} x {tea}", PLAIN


if __name__ == "__main__":
    app.run()
