#!/usr/bin/env node
/**
 * The `flask` command of a downloaded project: checks the Node version first (older Nodes fail
 * with an obscure import error otherwise), installs the TypeScript hooks, then runs the CLI.
 */
import { MINIMUM_NODE, nodeIsRecentEnough } from "./minimum-node.ts";

if (!nodeIsRecentEnough(process.versions.node)) {
  process.stderr.write(
    `Error: this project needs Node.js ${MINIMUM_NODE} or newer; this is ${process.version}. Install the current LTS from https://nodejs.org/.\n`,
  );
  process.exit(1);
}
const { installProjectHooks } = await import("./project-hooks.ts");
installProjectHooks();
const { main } = await import("./cli.ts");
await main();
