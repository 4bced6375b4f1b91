#!/usr/bin/env node
/**
 * The `flask` command of a downloaded project: checks the Node version first, installs the
 * TypeScript hooks, then runs the CLI.
 */
import { exitIfNodeTooOld } from "./minimum-node.ts";

exitIfNodeTooOld();
const { installProjectHooks } = await import("./project-hooks.ts");
installProjectHooks();
const { main } = await import("./cli.ts");
await main();
