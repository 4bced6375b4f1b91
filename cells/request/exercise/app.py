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
    # TODO: read q, page (a number, 1 when missing) and every tag from the query string,
    # keep the teas that match, and answer one page of PER_PAGE names
    return {"teas": [tea["name"] for tea in TEAS]}


@app.post("/order")
def order():
    # TODO: read the form fields tea and cups (a number, 1 when missing)
    return "Order received", PLAIN


if __name__ == "__main__":
    app.run()
