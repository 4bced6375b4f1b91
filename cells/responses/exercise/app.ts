import { abort, Flask, redirect, request, urlFor } from "flask";

const app = new Flask(import.meta.url);

const LINKS: Record<string, string> = {
  docs: "https://flask.palletsprojects.com/",
  kolba: "https://kolba.example/",
};

app.route("/", function index() {
  return LINKS;
});

app.route("/<code>", function follow({ code }) {
  // Send the visitor on to the link's address; an unknown code is a 404.
  return `Go to ${LINKS[code]}`;
});

app.route("/go/<code>", function old_follow({ code }) {
  // The old /go/ addresses have moved for good.
  return redirect(urlFor("follow", { code }));
});

app.post("/links", function create() {
  const data = (request.getJson({ silent: true }) ?? {}) as Record<string, string>;
  LINKS[data.code] = data.url;
  return "Saved";
});

app.route("/coffee", function coffee() {
  return "No coffee here.";
});

app.run();
