import { Flask, Response, request, streamWithContext } from "flask";

export const app = new Flask("generator");

app.route("/stream", function stream() {
  function* generate() {
    for (let n = 0; n < 3; n++) yield `chunk ${n}\n`;
  }
  return generate();
});

app.route("/response-stream", function response_stream() {
  function* generate() {
    yield "a,b\n";
    yield "1,2\n";
  }
  return new Response(generate(), { mimetype: "text/csv" });
});

app.route("/with-context", function with_context() {
  function* generate() {
    yield "path=";
    yield request.path;
  }
  return streamWithContext(generate());
});
