/**
 * Makes sure the machine has what the test layers need besides npm packages: Debian's Chromium
 * (for Playwright) and real Flask 2.2 with Flask-SQLAlchemy (the conformance oracle). Installs
 * them with apt when running as root; otherwise stops with one line saying what to run.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const flaskPython = process.env.FLASK_PYTHON ?? "/usr/bin/python3";

const debianPackages = [
  "chromium",
  "python3-flask",
  "python3-flask-sqlalchemy",
  "python3-pytest",
  "nginx",
  "caddy",
];

function missing(): string[] {
  const gaps: string[] = [];
  if (!existsSync(chromiumPath)) gaps.push("chromium");
  if (!existsSync("/usr/sbin/nginx")) gaps.push("nginx");
  if (!existsSync("/usr/bin/caddy")) gaps.push("caddy");
  const probe = spawnSync(flaskPython, ["-c", "import flask, flask_sqlalchemy, pytest"], {
    stdio: "ignore",
  });
  if (probe.status !== 0) gaps.push("python3-flask", "python3-flask-sqlalchemy", "python3-pytest");
  return gaps;
}

/** Returns when everything is present; installs or exits with an instruction otherwise. */
export function ensurePrerequisites(): void {
  let gaps = missing();
  if (gaps.length === 0) return;
  const canInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (canInstall) {
    console.log(`Installing missing Debian packages: ${gaps.join(" ")}`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update"], { stdio: "inherit", env });
    spawnSync("apt-get", ["install", "-y", "--no-install-recommends", ...debianPackages], {
      stdio: "inherit",
      env,
    });
    gaps = missing();
    if (gaps.length === 0) return;
  }
  console.error(
    `Missing ${gaps.join(", ")}: run "sudo apt-get install -y ${debianPackages.join(" ")}" (Chromium at ${chromiumPath}, Flask for ${flaskPython}), then npm test again.`,
  );
  process.exit(1);
}

if (import.meta.main) ensurePrerequisites();
