/** The two benchmark apps, described once so every framework serves exactly the same thing. */
export const routeCount = 100;

/** The path each app is measured on: the hello page, and the last of the 100 dynamic routes. */
export const targets = {
  hello: "/",
  routes: `/r${routeCount - 1}/42`,
  routesFirst: "/r0/42",
} as const;

export type BenchApp = "hello" | "routes";

export function parseArgs(argv: string[]): { app: BenchApp; port: number } {
  const [app = "hello", port = "0"] = argv;
  if (app !== "hello" && app !== "routes") throw new Error(`unknown app ${app}`);
  return { app, port: Number(port) };
}
