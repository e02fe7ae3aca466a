import type { IncrementResponse, Options, Store } from 'express-rate-limit';
import { type Kysely, sql } from 'kysely';

import type { Database } from '../db/schema';

/**
 * Counts hits in the `rate_limits` table so that every server process
 * shares one count per client.
 */
export class KyselyRateLimitStore implements Store {
  readonly #db: Kysely<Database>;
  readonly prefix: string;
  readonly localKeys = false;
  #windowMs = 60_000;

  constructor(db: Kysely<Database>, prefix: string) {
    this.#db = db;
    this.prefix = prefix;
  }

  init(options: Options): void {
    this.#windowMs = options.windowMs;
  }

  async increment(key: string): Promise<IncrementResponse> {
    const { rows } = await sql<{ hits: number; reset_at: Date }>`
      INSERT INTO rate_limits (key, hits, reset_at)
      VALUES (${this.#key(key)}, 1,
        now() + make_interval(secs => ${this.#windowMs / 1000}))
      ON CONFLICT (key) DO UPDATE SET
        hits = CASE WHEN rate_limits.reset_at <= now() THEN 1
          ELSE rate_limits.hits + 1 END,
        reset_at = CASE WHEN rate_limits.reset_at <= now()
          THEN EXCLUDED.reset_at ELSE rate_limits.reset_at END
      RETURNING hits, reset_at`.execute(this.#db);
    const row = rows[0]!;

    return { totalHits: row.hits, resetTime: new Date(row.reset_at) };
  }

  async decrement(key: string): Promise<void> {
    await sql`
      UPDATE rate_limits SET hits = greatest(hits - 1, 0)
      WHERE key = ${this.#key(key)}`.execute(this.#db);
  }

  async resetKey(key: string): Promise<void> {
    await sql`DELETE FROM rate_limits WHERE key = ${this.#key(key)}`.execute(
      this.#db,
    );
  }

  #key(key: string): string {
    return `${this.prefix}:${key}`;
  }
}
