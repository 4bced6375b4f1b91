import { Flask, session } from "flask";

export const app = new Flask("nested_data");
app.secretKey = "kolba-conformance";

app.route("/set", function set_value() {
  session.cart = { items: [{ sku: "a1", qty: 2 }], total: 9.5, note: null };
  session.flag = true;
  return "set";
});

app.route("/get", function get_value() {
  const cart = session.get("cart") as {
    items: { sku: string; qty: number }[];
    total: number;
    note: null;
  };
  const flag = session.get("flag") ? "True" : "False";
  return `${cart.items[0]!.sku} ${cart.items[0]!.qty} ${cart.total} ${cart.note ?? "None"} ${flag}`;
});
