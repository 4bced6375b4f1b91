/**
 * How SQLAlchemy's log and errors print Python values: parameters as a tuple, `None`, quoted
 * strings, floats as Python writes them.
 */
import { pyRepr } from "./flask-api.ts";

/**
 * A parameter list as Python prints a tuple: `()`, `(1,)`, `('ana', None, 2.5)`.
 * @example reprParams(["ana", null]) // "('ana', None)"
 */
export function reprParams(params: readonly unknown[]): string {
  const items = params.map(reprValue);
  return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
}

/**
 * One value as Python's `repr` prints it, as the database received it.
 * @example reprValue(1) // "1"
 */
export function reprValue(value: unknown): string {
  if (value instanceof Uint8Array) return `<memory at 0x…>`;
  return pyRepr(value);
}

/**
 * Python's `re.sub(r"((?<=[a-z0-9])[A-Z]|(?!^)[A-Z](?=[a-z]))", r"_\1", name).lower().lstrip("_")`:
 * the table name Flask-SQLAlchemy derives from a model's class name.
 * @example camelToSnakeCase("BlogPost") // "blog_post"
 * @see flask_sqlalchemy/model.py camel_to_snake_case
 */
export function camelToSnakeCase(name: string): string {
  const snake = name.replace(/((?<=[a-z0-9])[A-Z]|(?!^)[A-Z](?=[a-z]))/g, "_$1");
  return snake.toLowerCase().replace(/^_+/, "");
}
