import { Flask, request, View } from "flask";

export const app = new Flask("view_dispatch");

class Greeting extends View {
  static override methods = ["GET", "POST"];
  calls = 0;
  word: string;

  constructor(word: string) {
    super();
    this.word = word;
  }

  override dispatchRequest({ name = "world" }: { name?: string }) {
    this.calls += 1;
    return `${this.word}, ${name}! (${request.method}, call ${this.calls})`;
  }
}

class OnlyGet extends View {
  override dispatchRequest() {
    return "default methods";
  }
}

class Shared extends View {
  static override initEveryRequest = false;
  calls = 0;

  override dispatchRequest() {
    this.calls += 1;
    return `call ${this.calls}`;
  }
}

const greet = Greeting.asView("greet", "Hello");
app.addUrlRule("/hello", null, greet);
app.addUrlRule("/hello/<name>", null, greet);
app.addUrlRule("/only-get", null, OnlyGet.asView("only_get"));
app.addUrlRule("/shared", null, Shared.asView("shared"));

app.get("/names", function names() {
  return { greet: greet.name, view_class: greet.viewClass.name };
});
