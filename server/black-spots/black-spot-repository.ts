import { type Kysely, type RawBuilder, sql } from 'kysely';

import type { Database } from '../db/schema';
import { type JsonText, queryText } from '../db/text-query';
import type { BlackSpotStatus } from './lifecycle';
import type { ListQuery, NearbyQuery, ReportBody } from './schemas';

type Db = Kysely<Database>;

/** Which columns a reader may see: reporters' details are internal. */
export interface Visibility {
  readonly includePrivate: boolean;
}

const OPEN_STATUSES: BlackSpotStatus[] = [
  'reported',
  'verified',
  'assigned',
  'in_progress',
  'relapsed',
];

/**
 * Where a spot's feature is built from: the spot `s`, its district `d` and
 * ward `w`, and `p`, the properties a reader may see. `extra` adds
 * properties (such as a distance) that `from` provides.
 */
function spotSource(
  visibility: Visibility,
  extra: { from?: RawBuilder<unknown>; properties?: RawBuilder<unknown> } = {},
): RawBuilder<unknown> {
  const privateProperties = visibility.includePrivate
    ? sql`, s.reporter_name AS "reporterName",
        s.reporter_contact AS "reporterContact"`
    : sql``;

  return sql`
    FROM black_spots s
    ${extra.from ?? sql``}
    JOIN admin_units d ON d.code = s.district_code
    LEFT JOIN admin_units w ON w.code = s.ward_code
    CROSS JOIN LATERAL (
      SELECT s.id, s.status, s.category, s.severity,
        s.estimated_size_m2 AS "estimatedSizeM2",
        s.description,
        s.ward_code AS "wardCode", w.name AS "wardName",
        s.district_code AS "districtCode", d.name AS "districtName",
        s.duplicate_of_id AS "duplicateOfId",
        s.rejection_reason AS "rejectionReason",
        s.claimed_by_organisation_id AS "claimedByOrganisationId",
        s.is_sample AS "isSample",
        s.version,
        s.created_at AS "createdAt", s.updated_at AS "updatedAt"
        ${privateProperties}
        ${extra.properties ?? sql``}
    ) p`;
}

/**
 * A spot as GeoJSON Feature text, over `spotSource`. Built as text rather
 * than with json_build_object, which looks up the type of every argument
 * on every row; row_to_json reads the types once.
 */
const FEATURE_TEXT = sql<string>`('{"type":"Feature","id":' || s.id
  || ',"geometry":' || ST_AsGeoJSON(s.geom, 6)
  || ',"properties":' || row_to_json(p)::text || '}')`;

/**
 * Wraps `inner`, rows of (feature, rank) with at most `limit` + 1 of them,
 * into one FeatureCollection text that says whether more matched.
 */
function collection(inner: RawBuilder<unknown>, limit: number) {
  return sql<{ body: string }>`
    SELECT '{"type":"FeatureCollection","features":['
      || coalesce(
        string_agg(f.feature, ',' ORDER BY f.rank)
          FILTER (WHERE f.rank <= ${limit}),
        '')
      || '],"numberReturned":' || count(*) FILTER (WHERE f.rank <= ${limit})
      || ',"truncated":' || (count(*) > ${limit})
      || '}' AS body
    FROM (${inner}) f`;
}

/** The spots matching `query` as a GeoJSON FeatureCollection text. */
export function listSpots(
  db: Db,
  query: ListQuery,
  visibility: Visibility,
): Promise<JsonText> {
  return queryText(db, listSpotsQuery(query, visibility));
}

/** The SQL of `listSpots`, for running it in other ways. */
export function listSpotsQuery(query: ListQuery, visibility: Visibility) {
  const filters: RawBuilder<unknown>[] = [sql`true`];

  if (query.bbox) {
    const [minLon, minLat, maxLon, maxLat] = query.bbox;
    filters.push(
      sql`s.geom && ST_MakeEnvelope(${minLon}, ${minLat}, ${maxLon}, ${maxLat}, 4326)`,
    );
  }

  if (query.status?.length) {
    filters.push(sql`s.status IN (${sql.join(query.status)})`);
  }

  if (query.category?.length) {
    filters.push(sql`s.category IN (${sql.join(query.category)})`);
  }

  if (query.district) {
    filters.push(sql`s.district_code = ${query.district}`);
  }

  if (query.ward) {
    filters.push(sql`s.ward_code = ${query.ward}`);
  }

  if (query.from) {
    filters.push(sql`s.created_at >= ${startOf(query.from)}::timestamptz`);
  }

  if (query.to) {
    filters.push(sql`s.created_at < ${endOf(query.to)}::timestamptz`);
  }

  const order =
    query.sort === 'oldest'
      ? sql`s.created_at ASC, s.id ASC`
      : sql`s.created_at DESC, s.id DESC`;
  const inner = sql`
    SELECT ${FEATURE_TEXT} AS feature,
      row_number() OVER (ORDER BY ${order}) AS rank
    ${spotSource(visibility)}
    WHERE ${sql.join(filters, sql` AND `)}
    ORDER BY ${order}
    LIMIT ${query.limit + 1}`;

  return collection(inner, query.limit);
}

/** The city keeps Indochina Time all year: days begin at 00:00 +07:00. */
const CITY_OFFSET = '+07:00';
const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A day's first instant in the city, or the instant itself. */
function startOf(dayOrInstant: string): string {
  return DAY_ONLY.test(dayOrInstant)
    ? `${dayOrInstant}T00:00:00${CITY_OFFSET}`
    : dayOrInstant;
}

/** The first instant after a day in the city, or the instant itself. */
function endOf(dayOrInstant: string): string {
  if (!DAY_ONLY.test(dayOrInstant)) {
    return dayOrInstant;
  }

  const next = new Date(`${dayOrInstant}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);

  return `${next.toISOString().slice(0, 10)}T00:00:00${CITY_OFFSET}`;
}

/** Spots within `radius` metres of a point, nearest first, with distanceM. */
export function nearbySpots(
  db: Db,
  query: NearbyQuery & { statuses?: BlackSpotStatus[]; excludeId?: number },
  visibility: Visibility,
): Promise<JsonText> {
  return queryText(db, nearbySpotsQuery(query, visibility));
}

/** The SQL of `nearbySpots`, for running it in other ways. */
export function nearbySpotsQuery(
  query: NearbyQuery & { statuses?: BlackSpotStatus[]; excludeId?: number },
  visibility: Visibility,
) {
  const origin = sql`ST_SetSRID(ST_MakePoint(${query.lon}, ${query.lat}), 4326)::geography`;
  const statusFilter = query.statuses
    ? sql`AND s.status IN (${sql.join(query.statuses)})`
    : sql``;
  const excludeFilter =
    query.excludeId === undefined ? sql`` : sql`AND s.id <> ${query.excludeId}`;
  const source = spotSource(visibility, {
    from: sql`CROSS JOIN LATERAL (
      SELECT ST_Distance(s.geom::geography, ${origin}) AS distance) near`,
    properties: sql`, round(near.distance::numeric, 1) AS "distanceM"`,
  });
  const inner = sql`
    SELECT ${FEATURE_TEXT} AS feature,
      row_number() OVER (ORDER BY near.distance, s.id) AS rank
    ${source}
    WHERE ST_DWithin(s.geom::geography, ${origin}, ${query.radius})
      ${statusFilter} ${excludeFilter}
    ORDER BY near.distance, s.id
    LIMIT ${query.limit + 1}`;

  return collection(inner, query.limit);
}

/** Open spots within 30 m: the report may be one of them. */
export function duplicateCandidates(
  db: Db,
  point: { lon: number; lat: number },
  visibility: Visibility,
  excludeId?: number,
): Promise<JsonText> {
  return nearbySpots(
    db,
    { ...point, radius: 30, limit: 20, statuses: OPEN_STATUSES, excludeId },
    visibility,
  );
}

/** One spot as Feature text, or null. */
export async function findSpotFeature(
  db: Db,
  id: number,
  visibility: Visibility,
): Promise<string | null> {
  const { rows } = await sql<{ feature: string }>`
    SELECT ${FEATURE_TEXT} AS feature
    ${spotSource(visibility)}
    WHERE s.id = ${id}`.execute(db);

  return rows[0]?.feature ?? null;
}

/** The facts the lifecycle needs, locked until the transaction ends. */
export async function lockSpot(db: Db, id: number) {
  return db
    .selectFrom('black_spots')
    .select([
      'id',
      'status',
      'version',
      'district_code',
      'ward_code',
      'claimed_by_organisation_id',
      'is_sample',
    ])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export interface NewSpot extends ReportBody {
  readonly reportedByUserId: number | null;
  readonly isSample?: boolean;
  readonly createdAt?: Date;
}

/** Inserts a reported spot; the trigger finds its ward and district. */
export async function insertSpot(db: Db, spot: NewSpot) {
  const { rows } = await sql<{
    id: number;
    district_code: string;
    ward_code: string | null;
  }>`
    INSERT INTO black_spots (geom, category, severity, estimated_size_m2,
      description, reporter_name, reporter_contact, reported_by_user_id,
      is_sample, created_at, updated_at)
    VALUES (
      ST_Force2D(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(spot.geometry)}), 4326)),
      ${spot.category}, ${spot.severity}, ${spot.estimatedSizeM2 ?? null},
      ${spot.description}, ${spot.reporterName}, ${spot.reporterContact},
      ${spot.reportedByUserId}, ${spot.isSample ?? false},
      ${spot.createdAt ?? new Date()}, ${spot.createdAt ?? new Date()})
    RETURNING id, district_code, ward_code`.execute(db);

  return rows[0]!;
}

export interface SpotChange {
  readonly id: number;
  readonly status: BlackSpotStatus;
  readonly claimedByOrganisationId: number | null;
  readonly rejectionReason: string | null;
  readonly duplicateOfId: number | null;
}

/** Applies a planned transition and moves the version on. */
export async function updateSpotStatus(db: Db, change: SpotChange) {
  await db
    .updateTable('black_spots')
    .set((eb) => ({
      status: change.status,
      claimed_by_organisation_id: change.claimedByOrganisationId,
      rejection_reason: change.rejectionReason,
      duplicate_of_id: change.duplicateOfId,
      version: eb('version', '+', 1),
      updated_at: sql<Date>`now()`,
    }))
    .where('id', '=', change.id)
    .execute();
}

/** Counts of spots per district and status. */
export async function countByDistrict(db: Db) {
  return db
    .selectFrom('black_spots as s')
    .innerJoin('admin_units as d', 'd.code', 's.district_code')
    .select((eb) => [
      's.district_code as districtCode',
      'd.name as districtName',
      's.status',
      eb.fn.countAll<number>().as('count'),
    ])
    .groupBy(['s.district_code', 'd.name', 's.status'])
    .orderBy('s.district_code')
    .orderBy('s.status')
    .execute();
}
