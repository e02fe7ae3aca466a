import type { PGlite } from '@electric-sql/pglite';
import type {
  PostgresPool,
  PostgresPoolClient,
  PostgresQueryResult,
} from 'kysely';

/**
 * Presents one embedded PGlite instance as the `pg`-style pool that Kysely's
 * `PostgresDialect` expects.
 *
 * PGlite is a single connection, so the pool hands it out to one borrower at
 * a time: a transaction keeps it until `release()`, and everyone else waits.
 */
export class PGlitePool implements PostgresPool {
  readonly #db: PGlite;
  #queue: Promise<void> = Promise.resolve();

  constructor(db: PGlite) {
    this.#db = db;
  }

  async connect(): Promise<PostgresPoolClient> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const turn = this.#queue;
    this.#queue = turn.then(() => released);
    await turn;

    return {
      query: (sql: string, parameters: readonly unknown[]) =>
        this.#query(sql, parameters),
      release,
    } as unknown as PostgresPoolClient;
  }

  async end(): Promise<void> {
    await this.#queue;
    await this.#db.close();
  }

  async #query(
    sql: string,
    parameters: readonly unknown[],
  ): Promise<PostgresQueryResult<unknown>> {
    const result = await this.#db.query(sql, [...parameters]);
    const command = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? '';

    return {
      command: command as PostgresQueryResult<unknown>['command'],
      rowCount: result.affectedRows ?? result.rows.length,
      rows: result.rows,
    };
  }
}
