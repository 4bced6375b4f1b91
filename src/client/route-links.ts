/**
 * The app's pages for the pane's link bar: the requests the cell declares, then every rule of
 * the running app's URL map (what `flask routes` lists) that a browser can open as it is — one
 * that answers GET and has no variable part. Read from the app itself when it starts, so it
 * follows the learner's edits, other modules and blueprints alike.
 */
import type { CellRoute } from "../../sandbox-runtime/engines/types.ts";

/**
 * Paths to offer as links: declared GET paths first, then the map's plain GET rules, without
 * repeats.
 * @example
 * routeLinks(["/hello/Ona"], [{ rule: "/", methods: ["GET", "HEAD", "OPTIONS"], endpoint: "index" }])
 * // ["/hello/Ona", "/"]
 */
export function routeLinks(declared: readonly string[], routes: readonly CellRoute[]): string[] {
  const links = new Set(declared);
  for (const route of routes) {
    if (route.rule.includes("<") || !route.methods.includes("GET")) continue;
    links.add(route.rule);
  }
  return [...links];
}
