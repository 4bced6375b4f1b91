import { describe, expect, test } from "vitest";
import { Flask, MethodView, request, View, type ViewArgs } from "flask";

describe("class-based views", () => {
  test("View.asView with constructor arguments and a fresh instance per request", async () => {
    const app = new Flask("views");
    class Greeting extends View {
      static override methods = ["GET", "POST"];
      #greeting: string;
      #calls = 0;
      constructor(greeting: string) {
        super();
        this.#greeting = greeting;
      }
      override dispatchRequest({ name }: ViewArgs) {
        this.#calls += 1;
        return `${this.#greeting}, ${name}! ${request.method} ${this.#calls}`;
      }
    }
    app.addUrlRule("/hi/<name>", null, Greeting.asView("greet", "Labas"));
    const c = app.testClient();
    expect((await c.get("/hi/Ana")).text).toBe("Labas, Ana! GET 1");
    expect((await c.post("/hi/Ana")).text).toBe("Labas, Ana! POST 1");
    expect([...app.viewFunctions.keys()]).toContain("greet");
  });

  test("MethodView picks the handler by method; HEAD uses get; methods come from the class", async () => {
    const app = new Flask("mv");
    class Counter extends MethodView {
      get() {
        return "count";
      }
      post() {
        return ["added", 201];
      }
    }
    app.addUrlRule("/counter", null, Counter.asView("counter"));
    const c = app.testClient();
    expect((await c.get("/counter")).text).toBe("count");
    expect((await c.post("/counter")).statusCode).toBe(201);
    expect((await c.head("/counter")).statusCode).toBe(200);
    expect((await c.put("/counter")).statusCode).toBe(405);
    expect(new Set((await c.options("/counter")).headers.get("Allow")?.split(", "))).toEqual(
      new Set(["GET", "HEAD", "POST", "OPTIONS"]),
    );
  });

  test("decorators wrap the view function; initEveryRequest false shares one instance", async () => {
    const app = new Flask("dec");
    class Shared extends View {
      static override initEveryRequest = false;
      static override decorators = [
        (view: ReturnType<typeof View.asView>) =>
          Object.assign((values: ViewArgs) => `[${view(values)}]`, {
            viewClass: view.viewClass,
            methods: view.methods,
            provideAutomaticOptions: view.provideAutomaticOptions,
          }),
      ];
      #n = 0;
      override dispatchRequest() {
        this.#n += 1;
        return String(this.#n);
      }
    }
    app.addUrlRule("/n", null, Shared.asView("n"));
    expect(await (await app.request("/n")).text()).toBe("[1]");
    expect(await (await app.request("/n")).text()).toBe("[2]");
  });
});
