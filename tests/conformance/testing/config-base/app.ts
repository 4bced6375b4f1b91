import { Flask, request, urlFor } from "flask";

export const app = new Flask(import.meta.url);
app.config.update({
  SERVER_NAME: "shop.example",
  APPLICATION_ROOT: "/shop",
  PREFERRED_URL_SCHEME: "https",
});

app.get("/where", function where() {
  return {
    path: request.path,
    script_root: request.scriptRoot,
    url: request.url,
    link: urlFor("where"),
    external: urlFor("where", { _external: true }),
  };
});

app.run();
