from flask import Flask

app = Flask(__name__)


@app.get("/thing")
def read_thing():
    return "read"


@app.post("/thing")
def create_thing():
    return "created", 201


@app.put("/thing")
def replace_thing():
    return "replaced"


@app.delete("/thing")
def delete_thing():
    return "", 204


@app.patch("/thing")
def patch_thing():
    return "patched"
