// Prepared statements for the queries every API request runs. Drizzle then builds their SQL once
// instead of on every call, and on PostgreSQL each pooled connection parses a named statement once
// (and, after a few runs, reuses a generic plan) instead of parsing and planning it every time.
import type { Db, Tx } from './connect.ts';

/** One prepared statement per database handle (the pool, or a transaction), built on first use. */
export function preparedPer<P>(build: (db: Db | Tx) => P): (db: Db | Tx) => P {
  const cache = new WeakMap<Db | Tx, P>();
  return (db) => {
    let prepared = cache.get(db);
    if (!prepared) {
      prepared = build(db);
      cache.set(db, prepared);
    }
    return prepared;
  };
}
