import { afterThisRequest, Flask } from "flask";

export const app = new Flask("after_this_request");

app.route("/", function index() {
  afterThisRequest(function add_cookie(response) {
    response.headers.set("X-Once", "1");
    return response;
  });
  return "with callback";
});

app.route("/plain", function plain() {
  return "plain";
});
