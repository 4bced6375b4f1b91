import { Flask, jsonify } from "flask";

// biome-ignore lint/complexity/noStaticOnlyClass: mirrors the Python settings class
class Settings {
  static GREETING = "Labas";
  static MAX_ITEMS = 3;
  static lowercase_ignored = "no";
}

class DevSettings extends Settings {
  static DEBUG_TOOLBAR = true;
  static override MAX_ITEMS = 10;
}

export const app = new Flask("config_from_object");
app.config.fromObject(DevSettings);

app.route("/", function show() {
  return jsonify({
    greeting: app.config.GREETING,
    max_items: app.config.MAX_ITEMS,
    toolbar: app.config.DEBUG_TOOLBAR,
    has_lowercase: "lowercase_ignored" in app.config,
  });
});
