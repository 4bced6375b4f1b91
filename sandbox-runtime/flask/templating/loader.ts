import { TemplateNotFound } from "./errors.ts";

/**
 * Where templates are read from: the app's files, injected by whoever runs the app. Paths are
 * relative to the app's root, e.g. `templates/base.html`.
 * @example const files: FileSource = { readText: (p) => tree[p] ?? null };
 * @see jinja2/loaders.py FileSystemLoader
 */
export interface FileSource {
  readText(path: string): string | null;
  stat?(path: string): { mtimeMs: number } | null;
}

/** A template's source as found in a search folder. */
export interface FoundSource {
  source: string;
  filename: string;
  /** Tells whether the file changed since it was read. */
  isCurrent(): boolean;
}

/**
 * Split a template name into its path pieces as Jinja does; `..` is refused.
 * @example splitTemplatePath("./admin//users.html") // ["admin", "users.html"]
 * @see jinja2/loaders.py split_template_path
 */
export function splitTemplatePath(name: string): string[] {
  const pieces: string[] = [];
  for (const piece of name.split("/")) {
    if (piece.includes("\\") || piece === "..") throw new TemplateNotFound(name);
    if (piece && piece !== ".") pieces.push(piece);
  }
  return pieces;
}

function joinFolder(folder: string, pieces: string[]): string {
  const base = folder.replace(/^\.\/+/, "").replace(/\/+$/, "");
  return base && base !== "." ? [base, ...pieces].join("/") : pieces.join("/");
}

/**
 * Finds templates in an ordered list of folders: the app's `template_folder` first, then each
 * blueprint's, the first match winning.
 * @example new SearchPathLoader(files, ["templates"]).find("index.html")?.filename // "templates/index.html"
 * @see flask/templating.py DispatchingJinjaLoader
 */
export class SearchPathLoader {
  #files: FileSource;
  #folders: string[];

  constructor(files: FileSource, folders: string[]) {
    this.#files = files;
    this.#folders = [...folders];
  }

  /** The folders searched, in order. */
  get searchPath(): readonly string[] {
    return this.#folders;
  }

  /** Search one more folder, after those already listed. */
  addSearchPath(folder: string): void {
    if (!this.#folders.includes(folder)) this.#folders.push(folder);
  }

  /** Read a template's source, or `null` when no folder holds it. */
  find(name: string): FoundSource | null {
    const pieces = splitTemplatePath(name);
    for (const folder of this.#folders) {
      const filename = joinFolder(folder, pieces);
      const source = this.#files.readText(filename);
      if (source === null) continue;
      const files = this.#files;
      const mtime = files.stat?.(filename)?.mtimeMs;
      return {
        source,
        filename,
        isCurrent: () =>
          mtime === undefined
            ? files.readText(filename) === source
            : files.stat?.(filename)?.mtimeMs === mtime,
      };
    }
    return null;
  }
}
