import { Blueprint, Flask, urlFor } from "flask";

const admin = new Blueprint("admin", import.meta.url, {
  urlPrefix: "/admin",
  staticFolder: "admin_static",
});
const shop = new Blueprint("shop", import.meta.url, {
  urlPrefix: "/shop",
  staticFolder: "shop_files",
  staticUrlPath: "/assets",
});
const plain = new Blueprint("plain", import.meta.url, { staticFolder: "admin_static" });

admin.route("/urls", function admin_urls() {
  return `${urlFor(".static", { filename: "note.txt" })} ${urlFor("shop.static", { filename: "shop.css" })}`;
});

export const app = new Flask(import.meta.url);
app.registerBlueprint(admin);
app.registerBlueprint(shop);
app.registerBlueprint(plain);

app.route("/urls", function urls() {
  return [
    urlFor("admin.static", { filename: "note.txt" }),
    urlFor("shop.static", { filename: "shop.css" }),
    urlFor("plain.static", { filename: "note.txt" }),
    urlFor("static", { filename: "x.txt" }),
  ].join(" ");
});
