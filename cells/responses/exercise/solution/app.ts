import { abort, Flask, redirect, request, urlFor } from "flask";

const app = new Flask(import.meta.url);

const LINKS: Record<string, string> = {
  docs: "https://flask.palletsprojects.com/",
  kolba: "https://kolba.example/",
};

app.errorHandler(404, function not_found() {
  return [{ error: "no such link" }, 404];
});

app.errorHandler(400, function bad_request(e) {
  return [{ error: e.description }, 400];
});

app.route("/", function index() {
  return LINKS;
});

app.route("/<code>", function follow({ code }) {
  const url = LINKS[code];
  if (url === undefined) {
    abort(404);
  }
  return redirect(url);
});

app.route("/go/<code>", function old_follow({ code }) {
  return redirect(urlFor("follow", { code }), 301);
});

app.post("/links", function create() {
  const data = (request.getJson({ silent: true }) ?? {}) as { code?: string; url?: string };
  const { code, url } = data;
  if (!code || !url) {
    abort(400, "send JSON with a code and a url");
  }
  if (code in LINKS && LINKS[code] !== url) {
    return [{ error: `${code} is taken` }, 409];
  }
  LINKS[code] = url;
  return [{ code, url }, 201, { Location: urlFor("follow", { code }) }];
});

app.route("/coffee", function coffee() {
  abort(418);
});

app.run();
