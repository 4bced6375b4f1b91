import { abort, Flask, HTTPException, jsonify, request, urlFor } from "flask";

const app = new Flask(import.meta.url);

type Task = { id: number; title: string; done: boolean };

const TASKS: Task[] = [
  { id: 1, title: "Buy milk", done: false },
  { id: 2, title: "Read chapter 14", done: true },
];
let nextId = 3;

const findTask = (id: number) =>
  TASKS.find((t) => t.id === id) ?? abort(404, { description: `There is no task number ${id}.` });

app.errorHandler(HTTPException, function handleHttpError(e: HTTPException) {
  return [jsonify({ code: e.code, name: e.name, description: e.description }), e.code];
});

app.get("/api/tasks", function listTasks() {
  return jsonify(TASKS);
});

app.get("/api/tasks/<int:id>", function getTask({ id }: { id: number }) {
  return findTask(id);
});

app.post("/api/tasks", function createTask() {
  const data = (request.getJson({ silent: true }) ?? {}) as { title?: unknown };
  if (typeof data.title !== "string" || data.title.trim() === "") {
    return [{ errors: { title: "required" } }, 422];
  }
  const task = { id: nextId++, title: data.title.trim(), done: false };
  TASKS.push(task);
  return [task, 201, { Location: urlFor("getTask", { id: task.id }) }];
});

app.patch("/api/tasks/<int:id>", function updateTask({ id }: { id: number }) {
  const task = findTask(id);
  const data = (request.getJson({ silent: true }) ?? {}) as Partial<Task>;
  if (data.title !== undefined) task.title = data.title;
  if (data.done !== undefined) task.done = data.done;
  return task;
});

app.delete("/api/tasks/<int:id>", function deleteTask({ id }: { id: number }) {
  TASKS.splice(TASKS.indexOf(findTask(id)), 1);
  return ["", 204];
});

app.run();
