/**
 * An exercise's reference solution as a static JSON file, `/solutions/<lesson>/exercise.json`:
 * `{ "files": { "app.ts": "…" } }`. The lesson page fetches it only when the learner presses
 * "Show solution", so the solution's text is in neither the page nor its initial scripts.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { exerciseCells } from "../../../lib/cells.ts";

export const getStaticPaths = (() =>
  exerciseCells().map((cell) => {
    const [lesson, name] = cell.name.split("/");
    const files = Object.fromEntries(
      cell.exercise!.solution.map((file) => [file.path, file.content]),
    );
    return { params: { lesson, cell: name }, props: { files } };
  })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify({ files: props.files }), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
