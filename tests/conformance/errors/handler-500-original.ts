import { abort, Flask } from "flask";

export const app = new Flask("handler_500_original");

class PaymentError extends Error {}

app.errorHandler(500, function server_error(e) {
  const original = e.originalException;
  const described = original
    ? `${original.constructor.name}: ${original.message}`
    : "NoneType: None";
  return [`500 handler: ${e.code} ${e.name}; original ${described}`, 500];
});

app.route("/pay", function pay() {
  throw new PaymentError("card declined");
});

app.route("/abort500", function abort500() {
  abort(500);
});
