import type { Kysely, RawBuilder } from 'kysely';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';

/**
 * JSON text the database built: a string, or the UTF-8 bytes PostgreSQL
 * wrote when they came through unread.
 */
export type JsonText = string | Buffer;

/** Pools whose connections can COPY, by the Kysely instance on top. */
const copyPools = new WeakMap<Kysely<never>, pg.Pool>();

/** Lets `queryText` on `db` read through COPY on `pool`'s connections. */
export function enableCopyReads<DB>(db: Kysely<DB>, pool: pg.Pool): void {
  copyPools.set(db as unknown as Kysely<never>, pool);
}

/**
 * Runs `query`, which returns one row with one text column `body`, and
 * gives back that text.
 *
 * On PostgreSQL the value comes through `COPY ... TO STDOUT` in binary
 * format: the bytes arrive as PostgreSQL wrote them and go out as they
 * came. Read as a row, a megabyte of GeoJSON with Vietnamese names would
 * be decoded into a JavaScript string and encoded again on the way out,
 * which costs more than the rest of the request. PGlite and transactions
 * run the query as usual.
 */
export async function queryText<DB>(
  db: Kysely<DB>,
  query: RawBuilder<{ body: string }>,
): Promise<JsonText> {
  const pool = copyPools.get(db as unknown as Kysely<never>);

  if (!pool) {
    const { rows } = await query.execute(db);

    return rows[0]!.body;
  }

  const compiled = query.compile(db);
  const statement = inlineParameters(compiled.sql, compiled.parameters);

  return singleValue(
    await copyOut(pool, `COPY (${statement}) TO STDOUT (FORMAT binary)`),
  );
}

/** The text of `json`, whichever form it came in. */
export function jsonString(json: JsonText): string {
  return typeof json === 'string' ? json : json.toString('utf8');
}

async function copyOut(pool: pg.Pool, statement: string): Promise<Buffer> {
  const client = await pool.connect();
  const chunks: Buffer[] = [];

  try {
    for await (const chunk of client.query(copyTo(statement))) {
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    client.release(error as Error);
    throw error;
  }

  client.release();

  return Buffer.concat(chunks);
}

/**
 * COPY takes no bind parameters, so they are written into the statement
 * as literals: numbers as they print, everything else quoted by `pg`.
 * The statements are this module's callers' own; a `$n` is a parameter.
 */
export function inlineParameters(
  statement: string,
  parameters: readonly unknown[],
): string {
  if (statement.includes('$$')) {
    throw new Error('queryText: dollar-quoted text cannot be inlined');
  }

  return statement.replace(/\$(\d+)/g, (_, n: string) =>
    literal(parameters[Number(n) - 1]),
  );
}

function literal(value: unknown): string {
  if (value === null || value === undefined) {
    return 'NULL';
  }

  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new Error(`queryText: cannot inline the number ${value}`);
    }

    return String(value);
  }

  if (typeof value === 'boolean') {
    return value ? 'true' : 'false';
  }

  if (value instanceof Date) {
    return pg.escapeLiteral(value.toISOString());
  }

  if (typeof value === 'string') {
    return pg.escapeLiteral(value);
  }

  throw new Error(`queryText: cannot inline a ${typeof value}`);
}

/** `PGCOPY\n\377\r\n\0`, the binary COPY signature. */
const SIGNATURE = Buffer.from([
  0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00,
]);

/**
 * The one value of the one row in a binary COPY: a header (signature,
 * flags, extension), the tuple (field count, length, bytes) and a trailer
 * of -1. Anything else is an error, never a wrong answer.
 */
export function singleValue(copy: Buffer): Buffer {
  const fail = (what: string) =>
    new Error(`queryText: unexpected COPY output (${what})`);

  if (!copy.subarray(0, SIGNATURE.length).equals(SIGNATURE)) {
    throw fail('signature');
  }

  let offset = SIGNATURE.length + 4;
  offset += 4 + copy.readInt32BE(offset);

  if (copy.readInt16BE(offset) !== 1) {
    throw fail('not one row of one column');
  }

  offset += 2;
  const length = copy.readInt32BE(offset);
  offset += 4;

  if (length < 0) {
    throw fail('null');
  }

  const value = copy.subarray(offset, offset + length);
  offset += length;

  if (offset + 2 !== copy.length || copy.readInt16BE(offset) !== -1) {
    throw fail('more than one row');
  }

  return value;
}
