from flask import Flask, request

app = Flask("get_json")


@app.post("/plain")
def plain():
    return {"data": request.get_json(), "is_json": request.is_json}


@app.post("/silent")
def silent():
    data = request.get_json(silent=True)
    return {"data": data, "none": data is None, "is_json": request.is_json}


@app.post("/force")
def force():
    return {"data": request.get_json(force=True, silent=True)}


@app.post("/twice")
def twice():
    first = request.get_json(silent=True)
    second = request.get_json()
    return {"first": first, "second": second}
