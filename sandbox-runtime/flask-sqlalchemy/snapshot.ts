/**
 * What the databases of the running cell hold, for a view beside the app (the inspector's
 * Database view): each engine's tables, their columns, row counts and first rows. Read straight
 * from SQLite, never echoed, never inside the app's transaction bookkeeping.
 */
import type { Engine } from "./engine.ts";
import type { SqlValue } from "./types.ts";

/** One table as a snapshot shows it. */
export interface TableSnapshot {
  name: string;
  columns: string[];
  /** Every row's count, however many `rows` holds. */
  count: number;
  rows: SqlValue[][];
}

/** One database: its URI and tables. */
export interface DatabaseSnapshot {
  url: string;
  tables: TableSnapshot[];
}

const engines = new Set<WeakRef<Engine>>();

/** @internal Remember an engine for snapshots (the extension calls this for each app). */
export function trackEngine(engine: Engine): void {
  engines.add(new WeakRef(engine));
}

function rowsOf(engine: Engine, sql: string): { columns: string[]; rows: SqlValue[][] } {
  const statement = engine.database.prepare(sql);
  try {
    const rows: SqlValue[][] = [];
    while (statement.step()) rows.push(statement.get() as SqlValue[]);
    return { columns: statement.getColumnNames(), rows };
  } finally {
    statement.free();
  }
}

/**
 * Every open database's tables with up to `limit` rows each.
 * @example databaseSnapshot(20)[0]?.tables.map((t) => `${t.name}: ${t.count}`)
 */
export function databaseSnapshot(limit = 50): DatabaseSnapshot[] {
  const out: DatabaseSnapshot[] = [];
  for (const ref of engines) {
    const engine = ref.deref();
    if (!engine) {
      engines.delete(ref);
      continue;
    }
    if (!engine.isOpen) continue;
    const names = rowsOf(
      engine,
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    ).rows.map((r) => String(r[0]));
    const tables = names.map((name) => {
      const quoted = `"${name.replaceAll('"', '""')}"`;
      const count = Number(rowsOf(engine, `SELECT count(*) FROM ${quoted}`).rows[0]?.[0] ?? 0);
      const { columns, rows } = rowsOf(
        engine,
        `SELECT * FROM ${quoted} LIMIT ${Math.max(0, Math.floor(limit))}`,
      );
      return { name, columns, count, rows };
    });
    out.push({ url: engine.url, tables });
  }
  return out;
}
