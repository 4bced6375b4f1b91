/**
 * `npm run bundle`: the course for a classroom without internet, in one archive. The zip holds
 * the built site (`kolba/site/`), the course's server as one dependency-free file
 * (`kolba/serve.mjs`: Node 18 or newer, nothing to install) and a README saying how to start it.
 * A teacher copies the archive to a machine, unpacks it and runs `node kolba/serve.mjs`.
 * Usage: node scripts/bundle.ts [--dist dist] [--out kolba-course.zip]
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import { type Zippable, zipSync } from "fflate";
import { SITE_CONFIG_FILE } from "../src/lib/site-config.ts";

const { values } = parseArgs({
  options: {
    dist: { type: "string", default: "dist" },
    out: { type: "string", default: "kolba-course.zip" },
  },
});

const dist = resolve(values.dist);
const out = resolve(values.out);
const settingsFile = join(dist, SITE_CONFIG_FILE);
let settings: { base: string };
try {
  settings = JSON.parse(readFileSync(settingsFile, "utf8"));
} catch {
  console.error(`${settingsFile} is missing: build the site first (npm run build).`);
  process.exit(1);
}

/** The server, bundled for Node 18+, serving `site/` beside itself unless told otherwise. */
async function serverSource(): Promise<Uint8Array> {
  const entry = fileURLToPath(new URL("./serve-bundled.ts", import.meta.url));
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node18",
    write: false,
    minify: false,
    legalComments: "none",
    logLevel: "warning",
    banner: { js: "// Kolba's course server: node serve.mjs [--port 4321] [--host 127.0.0.1]" },
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error("esbuild wrote no server");
  return file.contents;
}

function filesUnder(dir: string, into: Zippable, prefix: string): number {
  let count = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      count += filesUnder(path, into, prefix);
    } else {
      into[`${prefix}${relative(dist, path).split(sep).join("/")}`] = readFileSync(path);
      count += 1;
    }
  }
  return count;
}

const readme = `Kolba — the course, for a classroom without internet

Start it (Node.js 18 or newer; nothing else to install):

    node kolba/serve.mjs

then open the address it prints (http://127.0.0.1:4321${settings.base}) in Chromium, Chrome,
Edge or Firefox. The next port (4322) serves the cells' previews: keep both free.
Options: --port 8080 (previews on 8081), --host 0.0.0.0 (every network address).

Browsers run the cells' engine (it needs Service Workers) only on https or on localhost.
So either:
  - start the course on each learner's machine (copy this folder; one command each), or
  - serve it to the class network over https with a certificate the machines trust:
        node kolba/serve.mjs --host 0.0.0.0 --cert cert.pem --key key.pem

Progress and edits stay in each learner's browser; the home page exports them to a file.
`;

const files: Zippable = {};
const count = filesUnder(dist, files, "kolba/site/");
files["kolba/serve.mjs"] = await serverSource();
files["kolba/README.txt"] = new TextEncoder().encode(readme);
const zip = zipSync(files, { level: 6 });
writeFileSync(out, zip);
console.log(
  `Wrote ${relative(process.cwd(), out)}: ${count} site files and the server, ${(zip.length / 1e6).toFixed(1)} MB. Unpack it and run: node kolba/serve.mjs`,
);
