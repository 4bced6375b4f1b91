import { Flask, jsonify } from "flask";

const app = new Flask(import.meta.url);

type Task = { id: number; title: string; done: boolean };

const TASKS: Task[] = [
  { id: 1, title: "Buy milk", done: false },
  { id: 2, title: "Read chapter 14", done: true },
];

app.get("/api/tasks", function listTasks() {
  return jsonify(TASKS);
});

// TODO: GET /api/tasks/<int:id> answers one task, or a JSON 404.
// TODO: POST /api/tasks creates a task: 201 and a Location header, or 422 with the errors.
// TODO: PATCH /api/tasks/<int:id> changes the fields it is sent.
// TODO: DELETE /api/tasks/<int:id> answers 204 with an empty body.
// TODO: every HTTP error answers in JSON.

app.run();
