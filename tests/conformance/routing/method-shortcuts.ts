import { Flask } from "flask";

export const app = new Flask("method_shortcuts");

app.get("/thing", function read_thing() {
  return "read";
});

app.post("/thing", function create_thing() {
  return ["created", 201];
});

app.put("/thing", function replace_thing() {
  return "replaced";
});

app.delete("/thing", function delete_thing() {
  return ["", 204];
});

app.patch("/thing", function patch_thing() {
  return "patched";
});
