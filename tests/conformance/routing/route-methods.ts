import { Flask, request } from "flask";

export const app = new Flask("route_methods");

app.route("/item", { methods: ["GET", "POST"] }, function item() {
  return `${request.method} item`;
});
