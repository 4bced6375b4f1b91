import { Flask, request, urlFor } from "flask";

export const app = new Flask("endpoint_option");

app.route("/profile", { endpoint: "user_profile" }, function profile() {
  return `${request.endpoint} ${urlFor("user_profile")}`;
});
