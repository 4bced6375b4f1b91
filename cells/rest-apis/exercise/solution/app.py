from flask import Flask, abort, jsonify, request, url_for
from werkzeug.exceptions import HTTPException

app = Flask(__name__)

TASKS = [
    {"id": 1, "title": "Buy milk", "done": False},
    {"id": 2, "title": "Read chapter 14", "done": True},
]
next_id = 3


def find_task(id):
    task = next((t for t in TASKS if t["id"] == id), None)
    if task is None:
        abort(404, description=f"There is no task number {id}.")
    return task


@app.errorhandler(HTTPException)
def handle_http_error(e):
    return jsonify(code=e.code, name=e.name, description=e.description), e.code


@app.get("/api/tasks")
def list_tasks():
    return jsonify(TASKS)


@app.get("/api/tasks/<int:id>")
def get_task(id):
    return find_task(id)


@app.post("/api/tasks")
def create_task():
    global next_id
    data = request.get_json(silent=True) or {}
    title = data.get("title")
    if not isinstance(title, str) or title.strip() == "":
        return {"errors": {"title": "required"}}, 422
    task = {"id": next_id, "title": title.strip(), "done": False}
    next_id += 1
    TASKS.append(task)
    return task, 201, {"Location": url_for("get_task", id=task["id"])}


@app.patch("/api/tasks/<int:id>")
def update_task(id):
    task = find_task(id)
    data = request.get_json(silent=True) or {}
    if "title" in data:
        task["title"] = data["title"]
    if "done" in data:
        task["done"] = data["done"]
    return task


@app.delete("/api/tasks/<int:id>")
def delete_task(id):
    TASKS.remove(find_task(id))
    return "", 204


if __name__ == "__main__":
    app.run()
