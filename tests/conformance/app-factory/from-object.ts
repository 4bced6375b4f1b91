import { Flask, jsonify } from "flask";

// biome-ignore lint/complexity/noStaticOnlyClass: mirrors the Python settings class
class BaseConfig {
  static SITE_NAME = "Kolba";
  static PER_PAGE = 5;
  static site_colour = "green";
}

class TestConfig extends BaseConfig {
  static TESTING = true;
  static override PER_PAGE = 2;
  static _HIDDEN = "underscore";
}

class Settings {
  FROM_INSTANCE = "yes";
  from_instance_lower = "no";
}

function createApp(configClass: object = BaseConfig) {
  const app = new Flask("from_object");
  app.config.fromObject(configClass);
  app.config.fromObject(new Settings());
  return app;
}

export const app = createApp(TestConfig);

app.route("/", function show() {
  return jsonify({
    site: app.config.SITE_NAME,
    per_page: app.config.PER_PAGE,
    testing: app.testing,
    hidden: app.config.get("_HIDDEN") ?? null,
    from_instance: app.config.get("FROM_INSTANCE") ?? null,
    dropped: ["site_colour", "from_instance_lower"].filter((k) => !(k in app.config)),
  });
});
