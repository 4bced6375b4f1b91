import { Flask } from "flask";

export const app = new Flask("same_function_twice");

function page() {
  return "page";
}

app.addUrlRule("/one", "page", page);
app.addUrlRule("/two", "page", page);
