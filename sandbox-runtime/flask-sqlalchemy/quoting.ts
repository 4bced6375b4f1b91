/**
 * When SQLAlchemy's SQLite dialect puts an identifier in double quotes: a reserved word, a
 * name with capitals, or one that is not a plain identifier.
 * @see sqlalchemy/dialects/sqlite/base.py SQLiteIdentifierPreparer.reserved_words
 */
const RESERVED = new Set(
  `add after all alter analyze and as asc attach autoincrement before begin between by cascade
case cast check collate column commit conflict constraint create cross current_date current_time
current_timestamp database default deferrable deferred delete desc detach distinct drop each else
end escape except exclusive exists explain false fail for foreign from full glob group having if
ignore immediate in index indexed initially inner insert instead intersect into is isnull join key
left like limit match natural not notnull null of offset on or order outer plan pragma primary
query raise references reindex release rename replace restrict right rollback row savepoint select
set table temp temporary then to transaction trigger true union unique update using vacuum values
view virtual when where`.split(/\s+/),
);

/**
 * An identifier as SQLAlchemy writes it.
 * @example quote("user") // "user"; quote("order") // "\"order\""
 * @see sqlalchemy/sql/compiler.py IdentifierPreparer.quote
 */
export function quote(name: string): string {
  const plain = /^[a-z_][a-z0-9_$]*$/.test(name) && !RESERVED.has(name);
  return plain ? name : `"${name.replaceAll('"', '""')}"`;
}
