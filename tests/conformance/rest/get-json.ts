import { Flask, request } from "flask";

export const app = new Flask("get_json");

app.post("/plain", function plain() {
  return { data: request.getJson(), is_json: request.isJson };
});

app.post("/silent", function silent() {
  const data = request.getJson({ silent: true });
  return { data, none: data === null, is_json: request.isJson };
});

app.post("/force", function force() {
  return { data: request.getJson({ force: true, silent: true }) };
});

app.post("/twice", function twice() {
  const first = request.getJson({ silent: true });
  const second = request.getJson();
  return { first, second };
});
