#!/usr/bin/env node
/**
 * The `pytest` command of a downloaded project (what `npm test` runs): checks the Node version
 * first, installs the TypeScript hooks, then runs the cell's tests.
 */
import { exitIfNodeTooOld } from "./minimum-node.ts";

exitIfNodeTooOld();
const { installProjectHooks } = await import("./project-hooks.ts");
installProjectHooks();
const { main } = await import("./pytest-cli.ts");
await main();
