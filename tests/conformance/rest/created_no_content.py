from flask import Flask, Response, request, url_for

app = Flask("created_no_content")

NOTES = {}


@app.post("/notes")
def create():
    note_id = len(NOTES) + 1
    NOTES[note_id] = request.get_json()["text"]
    return {"id": note_id}, 201, {"Location": url_for("show", id=note_id)}


@app.post("/notes-external")
def create_external():
    note_id = len(NOTES) + 1
    NOTES[note_id] = request.get_json()["text"]
    return {"id": note_id}, 201, {"Location": url_for("show", id=note_id, _external=True)}


@app.get("/notes/<int:id>")
def show(id):
    return {"id": id, "text": NOTES[id]}


@app.delete("/notes/<int:id>")
def delete(id):
    del NOTES[id]
    return "", 204


@app.delete("/notes-response/<int:id>")
def delete_response(id):
    NOTES.pop(id, None)
    return Response(status=204)


@app.put("/notes/<int:id>")
def replace(id):
    created = id not in NOTES
    NOTES[id] = request.get_json()["text"]
    if created:
        return {"id": id}, 201, {"Location": url_for("show", id=id)}
    return "", 204
