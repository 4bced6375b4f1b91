import { Blueprint, Flask, urlFor } from "flask";

const shop = new Blueprint("shop", "register_options");

shop.route("/items", function items() {
  return `items at ${urlFor(".items")}`;
});

export const app = new Flask("register_options");
app.registerBlueprint(shop, { urlPrefix: "/en/shop" });
app.registerBlueprint(shop, { urlPrefix: "/lt/parduotuve", name: "shop_lt" });
