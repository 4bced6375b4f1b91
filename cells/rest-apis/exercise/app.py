from flask import Flask, jsonify

app = Flask(__name__)

TASKS = [
    {"id": 1, "title": "Buy milk", "done": False},
    {"id": 2, "title": "Read chapter 14", "done": True},
]


@app.get("/api/tasks")
def list_tasks():
    return jsonify(TASKS)


# TODO: GET /api/tasks/<int:id> answers one task, or a JSON 404.
# TODO: POST /api/tasks creates a task: 201 and a Location header, or 422 with the errors.
# TODO: PATCH /api/tasks/<int:id> changes the fields it is sent.
# TODO: DELETE /api/tasks/<int:id> answers 204 with an empty body.
# TODO: every HTTP error answers in JSON.

if __name__ == "__main__":
    app.run()
