import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { Kysely, type LogEvent, PostgresDialect } from 'kysely';
import pg from 'pg';

import type { Logger } from '../logger';
import { PGlitePool } from './pglite-pool';
import type { Database } from './schema';
import { enableCopyReads } from './text-query';

export type Backend = 'postgres' | 'pglite';

export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly backend: Backend;
}

export interface DatabaseOptions {
  readonly databaseUrl: string | null;
  readonly dataDir: string;
  readonly logger?: Logger;
}

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/**
 * Opens the database: PostgreSQL through `pg` when a URL is given, otherwise
 * the embedded PGlite with PostGIS in `dataDir`. Both speak the same SQL.
 */
export async function openDatabase(
  options: DatabaseOptions,
): Promise<DatabaseHandle> {
  const log = options.logger ? queryLogger(options.logger) : undefined;

  if (options.databaseUrl) {
    // Ids and counts fit a JavaScript number; parse them as numbers.
    pg.types.setTypeParser(INT8_OID, Number);
    pg.types.setTypeParser(NUMERIC_OID, Number);
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 8 });
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool }),
      log,
    });
    enableCopyReads(db, pool);

    return { db, backend: 'postgres' };
  }

  const embedded = await PGlite.create({
    dataDir: options.dataDir,
    extensions: { postgis },
    parsers: { [INT8_OID]: Number, [NUMERIC_OID]: Number },
  });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new PGlitePool(embedded) }),
    log,
  });

  return { db, backend: 'pglite' };
}

function queryLogger(logger: Logger): (event: LogEvent) => void {
  return (event) => {
    const fields = {
      durationMs: Math.round(event.queryDurationMillis * 10) / 10,
      sql: event.query.sql,
    };

    if (event.level === 'error') {
      logger.debug({ ...fields, err: event.error }, 'query failed');
    } else {
      logger.trace(fields, 'query');
    }
  };
}
