/**
 * Class-based views: `View` and `MethodView`.
 * @see flask/views.py
 */
import { requestContextOrThrow } from "./globals.ts";
import type { ViewArgs } from "./scaffold.ts";

const HTTP_METHODS = ["get", "post", "head", "options", "delete", "put", "trace", "patch"] as const;

/** The function `asView` returns, with what `addUrlRule` reads from it. */
export interface ClassViewFunction {
  (values: ViewArgs): unknown;
  viewClass: typeof View;
  methods: string[] | null;
  provideAutomaticOptions: boolean | null;
}

/**
 * Subclass and implement `dispatchRequest`, then register `MyView.asView("name")`.
 * @example
 * class Hello extends View { dispatchRequest() { return "Hello"; } }
 * app.addUrlRule("/", null, Hello.asView("hello"));
 * @see flask/views.py View
 */
export class View {
  /** The methods this view accepts; null means Flask's default (GET). */
  static methods: string[] | null = null;
  /** Whether to answer OPTIONS automatically; null means the app's setting. */
  static provideAutomaticOptions: boolean | null = null;
  /** Functions applied to the view function, first one innermost. */
  static decorators: ((view: ClassViewFunction) => ClassViewFunction)[] = [];
  /** Make a new instance for every request (true) or share one (false). */
  static initEveryRequest = true;

  /** Handle the request; URL values arrive as one object. */
  dispatchRequest(_values: ViewArgs): unknown {
    throw new Error("A View subclass implements dispatchRequest; this one does not.");
  }

  /**
   * Turn the class into a view function named `name`; extra arguments go to the constructor.
   * @example
   * app.addUrlRule("/users/", null, UserList.asView("users", db));
   * @see flask/views.py View.as_view
   */
  static asView<C extends new (...args: any[]) => View>(
    this: C,
    name: string,
    ...classArgs: ConstructorParameters<C>
  ): ClassViewFunction {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the subclass asView was called on
    const cls = this as unknown as typeof View;
    let view: ClassViewFunction;
    if (cls.initEveryRequest) {
      view = ((values: ViewArgs) => {
        const self = new (cls as unknown as new (...args: unknown[]) => View)(...classArgs);
        return self.dispatchRequest(values);
      }) as ClassViewFunction;
    } else {
      const self = new (cls as unknown as new (...args: unknown[]) => View)(...classArgs);
      view = ((values: ViewArgs) => self.dispatchRequest(values)) as ClassViewFunction;
    }
    for (const decorate of cls.decorators) view = decorate(view);
    Object.defineProperty(view, "name", { value: name });
    view.viewClass = cls;
    view.methods = cls.methods;
    view.provideAutomaticOptions = cls.provideAutomaticOptions;
    return view;
  }
}

/**
 * A view that calls its method named after the HTTP method (`get`, `post`, …); HEAD falls back to
 * `get`. Its accepted methods are the ones it defines.
 * @example
 * class Counter extends MethodView { get() { return "count"; } post() { return "added"; } }
 * app.addUrlRule("/counter", null, Counter.asView("counter"));
 * @see flask/views.py MethodView
 */
export class MethodView extends View {
  static override asView<C extends new (...args: any[]) => View>(
    this: C,
    name: string,
    ...classArgs: ConstructorParameters<C>
  ): ClassViewFunction {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the subclass asView was called on
    const statics = this as unknown as typeof View;
    const cls = statics as unknown as C;
    if (statics.methods === null) {
      const found = new Set<string>();
      for (
        let proto = cls.prototype;
        proto && proto !== MethodView.prototype;
        proto = Object.getPrototypeOf(proto)
      ) {
        for (const m of HTTP_METHODS) if (Object.hasOwn(proto, m)) found.add(m.toUpperCase());
      }
      if (found.size > 0) statics.methods = [...found].sort();
    }
    return (View.asView as (this: C, name: string, ...args: unknown[]) => ClassViewFunction).call(
      cls,
      name,
      ...classArgs,
    );
  }

  override dispatchRequest(values: ViewArgs): unknown {
    const method = requestContextOrThrow().request.method.toLowerCase();
    const self = this as unknown as Record<string, ((values: ViewArgs) => unknown) | undefined>;
    let handler = self[method];
    if (handler === undefined && method === "head") handler = self.get;
    if (typeof handler !== "function")
      throw new Error(`Unimplemented method '${method.toUpperCase()}'`);
    return handler.call(this, values);
  }
}
