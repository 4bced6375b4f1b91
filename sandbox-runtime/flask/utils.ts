/**
 * Werkzeug's utilities a view uses on uploads: `secureFilename`.
 * @see werkzeug/utils.py
 */
import { asciiOnly, PY_SPACE } from "./python/index.ts";

const SPACE_RUN = new RegExp(`[${PY_SPACE}]+`);
const NOT_SAFE = /[^A-Za-z0-9_.-]/g;

/**
 * A filename safe to store and join to a folder: NFKD-normalized, ASCII only, `/` as a space,
 * whitespace runs joined with `_`, every character but `A–Z a–z 0–9 _ . -` dropped, then `.`
 * and `_` stripped from both ends. It may be empty (`".."`, `"ąčę"`): pick a name then.
 * Werkzeug also prefixes Windows device names (`CON`, `AUX`, `COM1`…) with `_`, but only when
 * the server runs on Windows; Flask's server here is POSIX, so `CON.txt` stays `CON.txt`, and
 * `\` is dropped like any other character (only `os.sep` and `os.altsep` become spaces).
 * @example
 * secureFilename("My cool movie.mov"); // "My_cool_movie.mov"
 * secureFilename("../../../etc/passwd"); // "etc_passwd"
 * secureFilename("i contain cool ümläuts.txt"); // "i_contain_cool_umlauts.txt"
 * @see werkzeug/utils.py secure_filename
 */
export function secureFilename(filename: string): string {
  let name = asciiOnly(String(filename).normalize("NFKD"));
  name = name.replaceAll("/", " ");
  // Python's str.split() with no argument: split on whitespace runs, drop empty ends.
  const parts = name.split(SPACE_RUN).filter((part) => part !== "");
  return parts
    .join("_")
    .replace(NOT_SAFE, "")
    .replace(/^[._]+|[._]+$/g, "");
}
