import { Flask, request } from "flask";

export const app = new Flask("get_json_wrong_type");

app.post("/plain", function plain() {
  return { data: request.getJson() };
});
