/**
 * Cases about what an app serves: static files, a JSON API, templates with inheritance.
 */
import type { RuntimeCase } from "../case-types.ts";

const json = (method: string, path: string, value: unknown) => ({
  path,
  method,
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify(value),
});

export const contentCases: RuntimeCase[] = [
  {
    name: "static css file",
    about: "Files under static/ are served at /static/… with their content type.",
    files: {
      "app.ts": `import { Flask } from "flask";

const app = new Flask(import.meta.url);

app.route("/", function index() {
  return '<link rel="stylesheet" href="/static/style.css"><h1>Styled</h1>';
});

app.run();
`,
      "static/style.css": "h1 { color: rebeccapurple; }\n",
    },
    steps: [
      {
        request: "/static/style.css",
        expect: {
          status: 200,
          body: "h1 { color: rebeccapurple; }\n",
          headers: { "content-type": "text/css" },
        },
      },
      { request: "/static/missing.css", expect: { status: 404 } },
    ],
  },
  {
    name: "json api with put and delete",
    about:
      "A small JSON API over a models.ts module: list, create, update with PUT, remove with DELETE.",
    files: {
      "models.ts": `export interface Todo {
  id: number;
  title: string;
  done: boolean;
}

const todos = new Map<number, Todo>();
let nextId = 1;

export function listTodos(): Todo[] {
  return [...todos.values()];
}

export function addTodo(title: string): Todo {
  const todo: Todo = { id: nextId++, title, done: false };
  todos.set(todo.id, todo);
  return todo;
}

export function updateTodo(id: number, changes: Partial<Omit<Todo, "id">>): Todo | null {
  const todo = todos.get(id);
  if (!todo) return null;
  Object.assign(todo, changes);
  return todo;
}

export function removeTodo(id: number): boolean {
  return todos.delete(id);
}
`,
      "app.ts": `import { Flask, abort, jsonify, request } from "flask";
import { addTodo, listTodos, removeTodo, type Todo, updateTodo } from "./models";

const app = new Flask(import.meta.url);

app.get("/api/todos", function list() {
  return jsonify(listTodos());
});

app.post("/api/todos", function create() {
  const data = request.getJson() as { title: string };
  return [jsonify(addTodo(data.title)), 201];
});

app.put("/api/todos/<int:id>", function update({ id }: { id: number }) {
  const todo: Todo | null = updateTodo(id, request.getJson() as Partial<Todo>);
  if (!todo) abort(404);
  return jsonify(todo);
});

app.delete("/api/todos/<int:id>", function remove({ id }: { id: number }) {
  if (!removeTodo(id)) abort(404);
  return ["", 204];
});

app.run();
`,
    },
    steps: [
      {
        request: "/api/todos",
        expect: { status: 200, json: [], headers: { "content-type": "application/json" } },
      },
      {
        request: json("POST", "/api/todos", { title: "Read the Flask docs" }),
        expect: { status: 201, json: { id: 1, title: "Read the Flask docs", done: false } },
      },
      {
        request: json("POST", "/api/todos", { title: "Port a view" }),
        expect: { status: 201, json: { id: 2, title: "Port a view", done: false } },
      },
      {
        request: json("PUT", "/api/todos/1", { done: true }),
        expect: { status: 200, json: { id: 1, title: "Read the Flask docs", done: true } },
      },
      { request: { path: "/api/todos/2", method: "DELETE" }, expect: { status: 204, body: "" } },
      {
        request: "/api/todos",
        expect: { status: 200, json: [{ id: 1, title: "Read the Flask docs", done: true }] },
      },
      { request: json("PUT", "/api/todos/9", { done: true }), expect: { status: 404 } },
    ],
  },
  {
    name: "template with inheritance",
    about:
      "renderTemplate renders a child template that extends templates/base.html, autoescaping values.",
    files: {
      "app.ts": `import { Flask, renderTemplate } from "flask";

const app = new Flask(import.meta.url);

app.route("/hello/<name>", function hello({ name }: { name: string }) {
  return renderTemplate("hello.html", { name, items: ["flask", "kolba"] });
});

app.run();
`,
      "templates/base.html": `<!doctype html>
<html>
<head><title>{% block title %}Kolba{% endblock %}</title></head>
<body>
<header>Base header</header>
{% block content %}{% endblock %}
</body>
</html>
`,
      "templates/hello.html": `{% extends "base.html" %}
{% block title %}Hello {{ name }}{% endblock %}
{% block content %}
<h1>Hello, {{ name }}!</h1>
<ul>{% for item in items %}<li>{{ loop.index }}:{{ item }}</li>{% endfor %}</ul>
{% endblock %}
`,
    },
    steps: [
      {
        request: "/hello/Ada",
        expect: {
          status: 200,
          bodyIncludes: [
            "<title>Hello Ada</title>",
            "<header>Base header</header>",
            "<h1>Hello, Ada!</h1>",
            "<li>1:flask</li><li>2:kolba</li>",
          ],
          headers: { "content-type": "text/html" },
        },
      },
      {
        request: "/hello/%3Cb%3E",
        expect: {
          status: 200,
          bodyIncludes: ["<h1>Hello, &lt;b&gt;!</h1>"],
          bodyExcludes: ["<h1>Hello, <b>!</h1>"],
        },
      },
    ],
  },
];
