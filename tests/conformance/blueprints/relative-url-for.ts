import { Blueprint, Flask, request, urlFor } from "flask";

const shop = new Blueprint("shop", "relative_url_for", { urlPrefix: "/shop" });
const cart = new Blueprint("cart", "relative_url_for", { urlPrefix: "/cart" });
const auth = new Blueprint("auth", "relative_url_for", { urlPrefix: "/auth" });

shop.route("/", function index() {
  return [
    urlFor(".index"),
    urlFor("shop.index"),
    urlFor("index"),
    urlFor(".cart.view"),
    urlFor("auth.login", { next: request.endpoint }),
  ].join(" ");
});

shop.route("/wrong", function wrong() {
  return urlFor(".login");
});

cart.route("/", function view() {
  return `${request.endpoint} ${request.blueprint} ${request.blueprints.join(" ")} ${urlFor(".view")} ${urlFor("shop.index")}`;
});

auth.route("/login", function login() {
  return `login ${urlFor(".login", { _external: true })} ${urlFor("index", { _anchor: "top" })}`;
});

shop.registerBlueprint(cart);

export const app = new Flask("relative_url_for");
app.registerBlueprint(shop);
app.registerBlueprint(auth);

app.route("/", function index() {
  return `home ${urlFor(".index")} ${urlFor("shop.cart.view")} ${request.blueprint ?? "-"}`;
});
