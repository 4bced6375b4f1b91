from flask import Flask, jsonify

app = Flask("jsonify_nested")

LIBRARY = {
    "name": "Kolba library",
    "open": True,
    "rating": 4.5,
    "manager": None,
    "shelves": [
        {"id": 1, "books": [{"title": "Solaris", "tags": ["sf", "classic"]}]},
        {"id": 2, "books": []},
    ],
    "address": {"city": "Vilnius", "geo": {"lat": 54.68, "lon": 25.28}},
    "ünicode": "Stanisław – Қазақ",
}


@app.get("/library")
def library():
    return jsonify(LIBRARY)


@app.get("/dict")
def as_dict():
    return LIBRARY


@app.get("/list")
def as_list():
    return jsonify([LIBRARY["shelves"], [], [[1, 2], [3]]])


@app.get("/kwargs")
def kwargs():
    return jsonify(total=2, shelves=[1, 2], meta={"z": 1, "a": {"y": 2, "b": 3}})


@app.get("/scalar")
def scalar():
    return jsonify("only text")


@app.get("/tuple")
def with_status():
    return jsonify(LIBRARY["address"]), 202, {"X-Count": "1"}
