import { Blueprint, currentApp, Flask } from "flask";

const pages = new Blueprint("pages", import.meta.url);

pages.route("/", function index() {
  const config = currentApp.config;
  return `<h1>${config.SITE_NAME}</h1><p>${config.NOTES_PER_PAGE} notes per page.</p>`;
});

// Settings as a class: fromObject copies its UPPERCASE names and skips the rest.
// biome-ignore lint/complexity/noStaticOnlyClass: a settings class, as in Flask
class Config {
  static SITE_NAME = "Kolba notes";
  static NOTES_PER_PAGE = 10;
  static site_colour = "green";
}

/** The application factory: every call makes a new app, configured and ready. */
export function createApp(testConfig?: Record<string, unknown>) {
  const app = new Flask(import.meta.url);
  app.config.fromMapping({ SECRET_KEY: "dev", NOTES_PER_PAGE: 5 });
  app.config.fromObject(Config);
  if (testConfig) app.config.fromMapping(testConfig);
  app.registerBlueprint(pages);
  return app;
}

export const app = createApp();
const testApp = createApp({
  TESTING: true,
  SITE_NAME: "Kolba notes (test)",
  NOTES_PER_PAGE: 2,
  per_page: 2,
});

function summary(someApp: Flask): string {
  const config = someApp.config;
  return [
    `${config.SITE_NAME}:`,
    `testing ${someApp.testing ? "on" : "off"},`,
    `${config.NOTES_PER_PAGE} per page,`,
    `site_colour ${"site_colour" in config ? "kept" : "dropped"},`,
    `per_page ${"per_page" in config ? "kept" : "dropped"}`,
  ].join(" ");
}

// Only on this app, after the factory made it: the two apps side by side.
app.route("/apps", function apps() {
  return [`${summary(app)}\n${summary(testApp)}`, { "Content-Type": "text/plain" }];
});

app.run();
