import { Flask, makeResponse, request } from "flask";

export const app = new Flask("automatic_options");

app.route("/auto", { methods: ["POST"] }, function auto() {
  return "posted";
});

app.route(
  "/manual",
  { methods: ["GET", "OPTIONS"], provideAutomaticOptions: false },
  function manual() {
    if (request.method === "OPTIONS") {
      const response = makeResponse("custom options");
      response.headers.set("Allow", "GET");
      return response;
    }
    return "manual get";
  },
);

function no_options() {
  return "no options";
}

no_options.provideAutomaticOptions = false;
app.addUrlRule("/none", null, no_options);
