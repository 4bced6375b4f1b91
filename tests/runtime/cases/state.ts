/**
 * Cases about state a browser carries: cookies, the session, a form that posts and redirects.
 */
import type { RuntimeCase } from "../case-types.ts";

const form = (fields: Record<string, string>) => ({
  headers: { "Content-Type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields).toString(),
});

export const stateCases: RuntimeCase[] = [
  {
    name: "cookies set, read and deleted",
    about:
      "A response sets two cookies (two Set-Cookie headers), the next request reads them back, a third deletes one.",
    files: {
      "app.ts": `import { Flask, makeResponse, request } from "flask";

const app = new Flask(import.meta.url);

app.route("/set", function setTheme() {
  const response = makeResponse("theme set");
  response.setCookie("theme", "dark", { path: "/" });
  response.setCookie("lang", "lt", { httpOnly: true });
  return response;
});

app.route("/read", function readTheme() {
  return \`theme=\${request.cookies.get("theme", "none")} lang=\${request.cookies.get("lang", "none")}\`;
});

app.route("/delete", function deleteTheme() {
  const response = makeResponse("theme deleted");
  response.deleteCookie("theme");
  return response;
});

app.run();
`,
    },
    steps: [
      { request: "/read", expect: { status: 200, body: "theme=none lang=none" } },
      { request: "/set", expect: { status: 200, setsCookies: { theme: "dark", lang: "lt" } } },
      { request: "/read", expect: { status: 200, body: "theme=dark lang=lt" } },
      { request: "/delete", expect: { status: 200, deletesCookies: ["theme"] } },
      { request: "/read", expect: { status: 200, body: "theme=none lang=lt" } },
    ],
  },
  {
    name: "session across requests",
    about: "A signed session cookie keeps a counter from one request to the next.",
    files: {
      "app.ts": `import { Flask, session } from "flask";

const app = new Flask(import.meta.url);
app.secretKey = "kolba-runtime-case";

app.route("/count", function count() {
  const visits = Number(session.get("visits", 0)) + 1;
  session.visits = visits;
  return \`visits=\${visits}\`;
});

app.run();
`,
    },
    steps: [
      {
        request: "/count",
        expect: { status: 200, body: "visits=1", setsCookies: { session: /\./ } },
      },
      { request: "/count", expect: { status: 200, body: "visits=2" } },
      { request: "/count", expect: { status: 200, body: "visits=3" } },
      { request: "/count", cookies: false, expect: { status: 200, body: "visits=1" } },
    ],
  },
  {
    name: "form post with redirect",
    about:
      "A form POST is read from request.form and answered with a redirect the browser follows.",
    files: {
      "app.ts": `import { Flask, redirect, request, urlFor } from "flask";

const app = new Flask(import.meta.url);

app.route("/signup", { methods: ["GET", "POST"] }, function signup() {
  if (request.method === "POST") {
    const name = request.form.get("name", "").trim();
    if (!name) return ["Name is required", 400];
    return redirect(urlFor("welcome", { name }));
  }
  return '<form method="post"><input name="name"><button>Join</button></form>';
});

app.route("/welcome", function welcome() {
  return \`Welcome, \${request.args.get("name")}!\`;
});

app.run();
`,
    },
    steps: [
      { request: "/signup", expect: { status: 200, bodyIncludes: ['<form method="post">'] } },
      {
        request: { path: "/signup", method: "POST", ...form({ name: "Ada Lovelace" }) },
        expect: { status: 302, headers: { location: /\/welcome\?name=Ada(\+|%20)Lovelace$/ } },
      },
      {
        request: "/welcome?name=Ada+Lovelace",
        expect: { status: 200, body: "Welcome, Ada Lovelace!" },
      },
      {
        request: { path: "/signup", method: "POST", ...form({ name: " " }) },
        expect: { status: 400, body: "Name is required" },
      },
    ],
  },
  {
    name: "a view awaits requests to its own app",
    about:
      "A view sends requests to its own app (its test client, and app.request) and answers with theirs: the nested requests are let through, the outer one still sees its own request.",
    files: {
      "app.ts": `import { Flask, request } from "flask";

const app = new Flask(import.meta.url);

app.route("/price/<name>", function price({ name }) {
  return { name, price: name.length * 2, path: request.path };
});

app.route("/basket", async function basket() {
  const client = app.testClient();
  const tea = (await client.get("/price/tea")).json as { price: number };
  const coffee = (await (await app.request("/price/coffee")).json()) as { price: number };
  return \`\${request.path}: \${tea.price + coffee.price}\`;
});

app.run();
`,
    },
    steps: [
      { request: "/basket", expect: { status: 200, body: "/basket: 18" } },
      {
        request: "/price/tea",
        expect: { status: 200, json: { name: "tea", path: "/price/tea", price: 6 } },
      },
    ],
  },
];
