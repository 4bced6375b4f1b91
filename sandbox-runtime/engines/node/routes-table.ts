/**
 * The table `flask routes` prints.
 * @see flask/cli.py routes_command
 */

/** What the table needs from a rule. */
export interface RouteRow {
  endpoint: string | null;
  methods: Iterable<string> | null;
  rule: string;
}

/**
 * Format rules like `flask routes`: Endpoint, Methods, Rule columns; HEAD and OPTIONS hidden
 * unless `allMethods`.
 * @example
 * formatRoutes(app.urlMap.rules, { sort: "endpoint" });
 * @see flask/cli.py routes_command
 */
export function formatRoutes(
  rules: readonly RouteRow[],
  options: { sort?: "endpoint" | "methods" | "rule" | "match"; allMethods?: boolean } = {},
): string {
  if (rules.length === 0) return "No routes were registered.";
  const ignored = new Set(options.allMethods ? [] : ["HEAD", "OPTIONS"]);
  const methodsOf = (r: RouteRow) => [...(r.methods ?? [])].filter((m) => !ignored.has(m)).sort();
  const sort = options.sort ?? "endpoint";
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sorted = [...rules];
  if (sort === "endpoint") sorted.sort((a, b) => cmp(a.endpoint ?? "", b.endpoint ?? ""));
  else if (sort === "rule") sorted.sort((a, b) => cmp(a.rule, b.rule));
  else if (sort === "methods")
    sorted.sort((a, b) => cmp(methodsOf(a).join("\u0000"), methodsOf(b).join("\u0000")));
  const rows = sorted.map((r) => [r.endpoint ?? "", methodsOf(r).join(", "), r.rule] as const);
  const headers = ["Endpoint", "Methods", "Rule"] as const;
  const widths = headers.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)),
  );
  const format = (cells: readonly string[]) =>
    cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ");
  const lines = [format(headers).trim(), format(widths.map((w) => "-".repeat(w)))];
  for (const row of rows) lines.push(format(row).trimEnd());
  return lines.join("\n");
}
