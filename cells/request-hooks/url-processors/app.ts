import { Flask, g, urlFor } from "flask";

const app = new Flask(import.meta.url);

const PLAIN = { "Content-Type": "text/plain; charset=utf-8" };

const GREETINGS: Record<string, string> = { en: "Hello", lt: "Labas", kk: "Сәлем" };

// Take lang out of the URL values and keep it in g: views need not ask for it.
app.urlValuePreprocessor(function pullLang(_endpoint, values) {
  g.lang = values?.lang ?? null;
  delete values?.lang;
});

// Put it back when urlFor builds a URL for a rule that has <lang>.
app.urlDefaults(function addLang(endpoint, values) {
  if ("lang" in values || !g.get("lang")) return;
  if (app.urlMap.isEndpointExpecting(endpoint, "lang")) values.lang = g.lang;
});

app.route("/", function chooser() {
  const links = ["en", "lt", "kk"].map((lang) => urlFor("home", { lang }));
  return [links.join("\n"), PLAIN];
});

app.route("/<any(en, lt, kk):lang>/", function home() {
  const lines = [
    `${GREETINGS[g.lang as string]}!`,
    `About: ${urlFor("about")}`,
    `In Kazakh: ${urlFor("home", { lang: "kk" })}`,
    `All languages: ${urlFor("chooser")}`,
  ];
  return [lines.join("\n"), PLAIN];
});

app.route("/<any(en, lt, kk):lang>/about", function about() {
  return [`About Kolba (language: ${g.lang})\nHome: ${urlFor("home")}`, PLAIN];
});

app.run();
