/**
 * The app's URL map as plain data, taken when `app.run()` is called, so a pane can offer the
 * app's own pages as links (what `flask routes` would list), whatever file or blueprint
 * registered them. No `node:*`, no DOM.
 */
import type { CellRoute } from "./types.ts";

/** The part of an app this reads: its URL map's rules. */
interface RuledApp {
  urlMap?: {
    rules: ReadonlyArray<{
      rule: string;
      methods: Iterable<string> | null;
      endpoint: string | null;
    }>;
  };
}

/**
 * The rules of `app`, in the URL map's order; an object without a URL map has none.
 * @example appRoutes(app) // [{ rule: "/", methods: ["GET", "HEAD", "OPTIONS"], endpoint: "index" }, …]
 */
export function appRoutes(app: unknown): CellRoute[] {
  const rules = (app as RuledApp | null)?.urlMap?.rules ?? [];
  return rules.map((r) => ({
    rule: r.rule,
    methods: [...(r.methods ?? [])].sort(),
    endpoint: r.endpoint ?? "",
  }));
}
