/**
 * Python's `ValueError`, raised where Werkzeug raises it (for example an invalid `SameSite`).
 *
 * @example
 * throw new ValueError("SameSite must be 'Strict', 'Lax', or 'None'.");
 * @see cpython Objects/exceptions.c ValueError
 */
export class ValueError extends Error {
  override name = "ValueError";
}
