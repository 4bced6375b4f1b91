import { Blueprint, currentApp, Flask, g, urlFor } from "flask";

const pages = new Blueprint("pages", "two_apps", { urlPrefix: "/pages" });

pages.beforeRequest(function count() {
  (currentApp.config.HITS as number) += 1;
  g.hits = currentApp.config.HITS;
});

pages.route("/", function index() {
  return `${currentApp.config.SITE} hit ${g.hits} at ${urlFor(".index")}`;
});

function createApp(config?: Record<string, unknown>) {
  const app = new Flask("two_apps");
  app.config.fromMapping({ SITE: "main", HITS: 0 });
  if (config) app.config.fromMapping(config);
  app.registerBlueprint(pages);
  return app;
}

export const app = createApp();
const other = createApp({ SITE: "other", HITS: 100 });

app.route("/compare", async function compare() {
  const otherUrl = await other.testRequestContext("/pages/").run(() => urlFor("pages.index"));
  return [
    app !== other ? "True" : "False",
    app.config.SITE,
    other.config.SITE,
    String(other.config.HITS),
    otherUrl,
    Object.keys(other.blueprints).sort().join(","),
    String([...other.urlMap.iterRules()].length),
  ].join(" ");
});
