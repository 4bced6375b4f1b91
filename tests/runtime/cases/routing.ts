/**
 * Routing cases: rules and converters, redirects, 404 and 405.
 */
import type { RuntimeCase } from "../case-types.ts";

export const routingCases: RuntimeCase[] = [
  {
    name: "the URL map reported to the pane",
    about:
      "A running cell reports its app's rules, whichever module or blueprint registered them, as the URL map holds them.",
    files: {
      "app.ts": `import { Flask } from "flask";
import { shop } from "./shop";

const app = new Flask(import.meta.url);

app.route("/", function index() {
  return "Home";
});

app.addUrlRule("/about", "about", () => "About");
app.registerBlueprint(shop, { urlPrefix: "/shop" });

app.run();
`,
      "shop.ts": `import { Blueprint } from "flask";

export const shop = new Blueprint("shop", import.meta.url);

shop.post("/cart/<int:item>", function add({ item }: { item: number }) {
  return \`Added \${item}\`;
});
`,
    },
    routes: [
      { rule: "/static/<path:filename>", methods: ["GET", "HEAD", "OPTIONS"], endpoint: "static" },
      { rule: "/", methods: ["GET", "HEAD", "OPTIONS"], endpoint: "index" },
      { rule: "/about", methods: ["GET", "HEAD", "OPTIONS"], endpoint: "about" },
      { rule: "/shop/cart/<int:item>", methods: ["OPTIONS", "POST"], endpoint: "shop.add" },
    ],
    steps: [
      {
        request: { method: "POST", path: "/shop/cart/3" },
        expect: { status: 200, body: "Added 3" },
      },
    ],
  },
  {
    name: "routes and converters",
    about: "Rules with string, int, float and path converters pass typed values to the view.",
    files: {
      "app.ts": `import { Flask } from "flask";

const app = new Flask(import.meta.url);

app.route("/", function index() {
  return "Home";
});

app.route("/user/<username>", function profile({ username }: { username: string }) {
  return \`User \${username}\`;
});

app.route("/post/<int:postId>", function post({ postId }: { postId: number }) {
  return \`Post \${postId + 1} follows \${typeof postId}\`;
});

app.route("/price/<float:amount>", function price({ amount }: { amount: number }) {
  return \`Price \${(amount * 2).toFixed(2)}\`;
});

app.route("/files/<path:subpath>", function files({ subpath }: { subpath: string }) {
  return \`File \${subpath}\`;
});

app.run();
`,
    },
    steps: [
      {
        request: "/",
        expect: { status: 200, body: "Home", headers: { "content-type": "text/html" } },
      },
      { request: "/user/ada", expect: { status: 200, body: "User ada" } },
      { request: "/post/41", expect: { status: 200, body: "Post 42 follows number" } },
      { request: "/post/forty", expect: { status: 404 } },
      { request: "/price/2.5", expect: { status: 200, body: "Price 5.00" } },
      { request: "/files/a/b/c.txt", expect: { status: 200, body: "File a/b/c.txt" } },
    ],
  },
  {
    name: "redirects",
    about:
      "redirect(urlFor(…)) answers 302 with Location; a rule ending in / redirects the bare path.",
    files: {
      "app.ts": `import { Flask, redirect, urlFor } from "flask";

const app = new Flask(import.meta.url);

app.route("/", function index() {
  return "Index";
});

app.route("/old", function old() {
  return redirect(urlFor("index"));
});

app.route("/projects/", function projects() {
  return "Projects";
});

app.run();
`,
    },
    steps: [
      { request: "/old", expect: { status: 302, headers: { location: /^(http:\/\/[^/]+)?\/$/ } } },
      { request: "/projects", expect: { status: 308, headers: { location: /\/projects\/$/ } } },
      { request: "/projects/", expect: { status: 200, body: "Projects" } },
    ],
  },
  {
    name: "404 and 405",
    about:
      "An unknown path is 404 Not Found; a known path with a method it does not allow is 405 with Allow.",
    files: {
      "app.ts": `import { Flask } from "flask";

const app = new Flask(import.meta.url);

app.route("/only-get", function onlyGet() {
  return "got it";
});

app.route("/submit", { methods: ["POST"] }, function submit() {
  return "submitted";
});

app.run();
`,
    },
    steps: [
      { request: "/nowhere", expect: { status: 404, bodyIncludes: ["Not Found"] } },
      {
        request: { path: "/only-get", method: "POST" },
        expect: { status: 405, headers: { allow: /GET/ }, bodyIncludes: ["Method Not Allowed"] },
      },
      { request: "/submit", expect: { status: 405, headers: { allow: /POST/ } } },
      { request: { path: "/submit", method: "POST" }, expect: { status: 200, body: "submitted" } },
    ],
  },
];
