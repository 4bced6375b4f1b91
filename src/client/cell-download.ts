/**
 * Download a cell as a runnable project (a zip). Loaded only when the learner presses Download:
 * it fetches the vendored port and zips with fflate (this module and `zipSync` are about 5 KB
 * gzip), so neither costs a lesson page anything before then.
 */
import { strToU8, zipSync } from "fflate";
import {
  importedPackages,
  PROJECT_RUNTIME_URL,
  type ProjectRuntime,
  projectEntries,
  projectName,
} from "./cell-project.ts";
import type { FileMap } from "./cell-storage.ts";
import type { Translate } from "./cell-strings.ts";
import { el } from "./dom.ts";

/**
 * Zip a project's entries.
 * @example
 * const bytes = zipProject({ "a/app.ts": "…" });
 */
export function zipProject(entries: Record<string, string>): Uint8Array {
  const input: Record<string, Uint8Array> = {};
  for (const [path, text] of Object.entries(entries)) input[path] = strToU8(text);
  return zipSync(input, { level: 6 });
}

/**
 * Build the cell's project and hand it to the browser as `<lesson>-<cell>.zip`; returns the
 * file name.
 * @example
 * await downloadProject("routing/two-routes", cell.files(), t);
 */
export async function downloadProject(
  cellName: string,
  files: FileMap,
  t: Translate,
): Promise<string> {
  const response = await fetch(PROJECT_RUNTIME_URL);
  if (!response.ok) throw new Error(`${PROJECT_RUNTIME_URL}: ${response.status}`);
  const runtime = (await response.json()) as ProjectRuntime;
  // flask-sqlalchemy and its SQLite are fetched only for a cell that imports them.
  for (const name of importedPackages(files)) {
    const url = PROJECT_RUNTIME_URL.replace("project-runtime.json", `project-${name}.json`);
    const extra = await fetch(url);
    if (!extra.ok) throw new Error(`${url}: ${extra.status}`);
    runtime.extras = { ...runtime.extras, [name]: (await extra.json()) as Record<string, string> };
  }
  const zip = zipProject(projectEntries(cellName, files, runtime, t));
  const name = `${projectName(cellName)}.zip`;
  const url = URL.createObjectURL(new Blob([zip as BlobPart], { type: "application/zip" }));
  const link = el("a", { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; keep the URL a little longer.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}
