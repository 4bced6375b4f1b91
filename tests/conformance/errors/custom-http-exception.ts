import { Flask, HTTPException } from "flask";

export const app = new Flask("custom_http_exception");

class PaymentRequired extends HTTPException {
  static override code = 402;
  static override description = "Please pay first.";
}

app.route("/", function index() {
  throw new PaymentRequired();
});
