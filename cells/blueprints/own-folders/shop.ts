import { Blueprint, renderTemplate } from "flask";

// Folder names are relative to this module's folder.
export const bp = new Blueprint("shop", import.meta.url, {
  urlPrefix: "/shop",
  templateFolder: "shop_templates",
  staticFolder: "shop_static",
  staticUrlPath: "/static",
});

const items = ["Flask", "Funnel", "Test tube"];

bp.route("/", function index() {
  return renderTemplate("shop/index.html", { items });
});

// The same name as the app's template: which index.html wins?
bp.route("/collision", function collision() {
  return renderTemplate("index.html");
});
