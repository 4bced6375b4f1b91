/**
 * The default payload serializer: compact JSON text.
 *
 * @example
 * compactJson.dumps({ a: [1, 2] }); // '{"a":[1,2]}'
 * @see itsdangerous/_json.py _CompactJSON
 */

import { pythonJsonDumps } from "../python/index.ts";

/** Something that turns values into text and back, like Python's `json` module. */
export interface TextSerializer {
  dumps(value: unknown): string;
  loads(text: string): unknown;
}

/**
 * JSON without whitespace and with non-ASCII characters kept as they are.
 * @example
 * compactJson.loads('{"a":1}'); // { a: 1 }
 * @see itsdangerous/_json.py _CompactJSON
 */
export const compactJson: TextSerializer = {
  dumps: (value) => pythonJsonDumps(value, { separators: [",", ":"], ensureAscii: false }),
  loads: (text) => JSON.parse(text),
};

/**
 * Python's `json` module with its defaults (`", "` and `": "` separators, ASCII-only output): what a plain
 * `Serializer` uses.
 * @example
 * pythonJson.dumps({ a: [1, 2] }); // '{"a": [1, 2]}'
 * @see itsdangerous/serializer.py Serializer.default_serializer
 */
export const pythonJson: TextSerializer = {
  dumps: (value) => pythonJsonDumps(value),
  loads: (text) => JSON.parse(text),
};
