/**
 * The app's pages for the pane's link bar: the requests the cell declares, then every rule
 * without a variable part that the cell's own TypeScript registers for GET
 * (`app.route("/about", …)`, `app.get("/")`, a blueprint's `bp.route`). Read from the source,
 * so it follows the learner's edits on each Run.
 */

const RULE = /\b\w+\.(route|get)\(\s*(["'`])(\/[^"'`<>\s]*)\2\s*(,\s*\{[^}]*\})?/g;

/**
 * Paths to offer as links: declared GET paths first, then static rules, without repeats.
 * @example routeLinks(["/hello/Ona"], 'app.route("/", index); app.post("/add", add);') // ["/hello/Ona", "/"]
 */
export function routeLinks(declared: readonly string[], sources: readonly string[]): string[] {
  const links = new Set(declared);
  for (const source of sources) {
    for (const match of source.matchAll(RULE)) {
      const [, kind, , rule, options] = match;
      if (!rule) continue;
      const methods = options?.match(/methods\s*:\s*\[([^\]]*)\]/)?.[1];
      if (kind === "route" && methods !== undefined && !/["'`]GET["'`]/.test(methods)) continue;
      links.add(rule);
    }
  }
  return [...links];
}
