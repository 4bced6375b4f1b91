/**
 * The oldest Node a downloaded project's `flask` command runs on: `module.registerHooks`, which
 * loads the learner's TypeScript, arrived in Node 22.15.
 */
export const MINIMUM_NODE = "22.15";

/**
 * Whether a Node version (`process.versions.node`) is at least `MINIMUM_NODE`.
 * @example
 * nodeIsRecentEnough("20.20.2"); // false
 */
export function nodeIsRecentEnough(version: string): boolean {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  const [needMajor = 0, needMinor = 0] = MINIMUM_NODE.split(".").map(Number);
  return major > needMajor || (major === needMajor && minor >= needMinor);
}

/**
 * Stop a project's command on a Node older than `MINIMUM_NODE`, saying so (older Nodes fail
 * with an obscure import error otherwise).
 * @example
 * exitIfNodeTooOld();
 */
export function exitIfNodeTooOld(): void {
  if (nodeIsRecentEnough(process.versions.node)) return;
  process.stderr.write(
    `Error: this project needs Node.js ${MINIMUM_NODE} or newer; this is ${process.version}. Install the current LTS from https://nodejs.org/.\n`,
  );
  process.exit(1);
}
