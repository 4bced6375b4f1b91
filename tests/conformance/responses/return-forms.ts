import { Flask } from "flask";

export const app = new Flask("return_forms");

app.route("/str", function as_str() {
  return "just text";
});

app.route("/bytes", function as_bytes() {
  return new TextEncoder().encode("some bytes");
});

app.route("/status", function with_status() {
  return ["created", 201];
});

app.route("/status-headers", function with_status_headers() {
  return ["teapot", 418, { "X-Brew": "tea" }];
});

app.route("/headers", function with_headers() {
  return ["with headers", { "X-One": "1", "Content-Type": "text/plain" }];
});

app.route("/header-list", function with_header_list() {
  return [
    "listed",
    200,
    [
      ["X-One", "a"],
      ["X-One", "b"],
    ],
  ];
});

app.route("/status-text", function with_status_text() {
  return ["custom", "299 Very Custom"];
});
