import { Flask, request } from "flask";

const app = new Flask(import.meta.url);

const PLAIN = { "Content-Type": "text/plain; charset=utf-8" };

const GREETINGS: Record<string, string> = { en: "Hello", lt: "Labas", kk: "Сәлем" };

app.route("/hello", function hello() {
  const language = request.headers.get("Accept-Language", "en").slice(0, 2);
  const greeting = GREETINGS[language] ?? GREETINGS.en;
  const lines = [
    `${greeting}!`,
    `language header: ${request.headers.get("Accept-Language", "(not sent)")}`,
    `theme cookie:    ${request.cookies.get("theme", "light")}`,
    `your address:    ${request.remoteAddr}`,
    `your browser:    ${request.userAgent}`,
  ];
  return [lines.join("\n"), PLAIN];
});

app.run();
