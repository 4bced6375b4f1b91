import { Flask, renderTemplateString, session } from "flask";

export const app = new Flask("item_lookup");
app.secretKey = "kolba-conformance";
app.config.SITE_NAME = "Kolba";

const PAGE = `\
args: {{ request.args.q }}|{{ request.args["q"] }}|{{ request.args.get("q") }}|[{{ request.args.missing }}]|[{{ request.args["missing"] }}]|{{ request.args.get("missing") }}
form: {{ request.form.name }}|{{ request.form["name"] }}|[{{ request.form.missing }}]
values: {{ request.values.q }}|[{{ request.values.missing }}]
headers: {{ request.headers.host }}|{{ request.headers["Host"] }}|{{ request.headers.get("host") }}|{{ request.headers.x_token }}|[{{ request.headers.missing }}]
cookies: {{ request.cookies.theme }}|{{ request.cookies["theme"] }}|[{{ request.cookies.missing }}]
session: {{ session.user }}|{{ session["user"] }}|{{ session.get("user") }}|[{{ session.missing }}]
config: {{ config.SITE_NAME }}|{{ config["SITE_NAME"] }}|{{ config.get("SITE_NAME") }}|[{{ config.MISSING }}]
dict: {{ prices.tea }}|{{ prices["tea"] }}|{{ prices.get("tea") }}|[{{ prices.coffee }}]|{{ prices.get("coffee") }}|{{ prices.get("coffee", 0) }}
nested: {{ user.address.city }}|{{ user["address"]["city"] }}
defined: {{ request.args.q is defined }}|{{ request.args.missing is defined }}|{{ request.args.missing | default("none") }}
`;

app.route("/", { methods: ["GET", "POST"] }, function index() {
  session.user = "ada";
  return renderTemplateString(PAGE, {
    prices: { tea: 2 },
    user: { address: { city: "Vilnius" } },
  });
});
