import { Flask, g, urlFor } from "flask";

export const app = new Flask("url_processors");

app.urlValuePreprocessor(function pull_lang(_endpoint, values) {
  g.lang = null;
  if (values) {
    g.lang = values.lang ?? null;
    delete values.lang;
  }
});

app.urlDefaults(function add_lang(endpoint, values) {
  if ("lang" in values || !g.get("lang")) return;
  if (app.urlMap.isEndpointExpecting(endpoint, "lang")) values.lang = g.lang;
});

app.route("/<lang>/about", function about() {
  return `about in ${g.lang}: ${urlFor("about")} ${urlFor("about", { lang: "kk" })} ${urlFor("home")}`;
});

app.route("/", function home() {
  return `home ${g.lang ?? "None"}`;
});
