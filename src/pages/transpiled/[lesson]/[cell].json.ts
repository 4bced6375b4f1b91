/**
 * A cell's files as the build transpiled them, `/transpiled/<lesson>/<cell>.json` (the shape of
 * `TranspiledCell`, or `null` for a cell the transpiler refuses, such as one that shows a syntax
 * error). The page sends it with the first Run of unedited code, so the in-page engine need not
 * load its transpiler before answering; the engine uses it only if made from exactly the files
 * it runs.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { transpileCell } from "../../../../sandbox-runtime/engines/transpile/transpile-cell.ts";
import { cellNames, cellStartFiles, loadCell } from "../../../lib/cells.ts";

function transpiled(name: string): unknown {
  try {
    return transpileCell(cellStartFiles(loadCell(name, "the transpiled cells")));
  } catch {
    return null;
  }
}

export const getStaticPaths = (() =>
  cellNames().map((name) => {
    const [lesson, cell] = name.split("/");
    return { params: { lesson, cell }, props: { name } };
  })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(transpiled(props.name as string)), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
