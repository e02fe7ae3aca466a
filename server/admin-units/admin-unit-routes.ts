import { type Kysely, sql } from 'kysely';
import { z } from 'zod';

import type { Database } from '../db/schema';
import { type ApiRoutes, geoJson } from '../http/api-routes';
import {
  errorResponses,
  featureCollectionSchema,
  geoJsonResponse,
} from '../http/common-schemas';

const tags = ['Map layers'];

const levelQuerySchema = z.object({
  level: z.enum(['city', 'district', 'ward']).default('district'),
});

/** Districts and wards as polygons, and the river and canals. */
export function addAdminUnitRoutes(
  routes: ApiRoutes,
  db: Kysely<Database>,
): void {
  routes.add({
    method: 'get',
    path: '/admin-units',
    summary: 'The city, its districts or its wards as GeoJSON',
    tags,
    query: levelQuerySchema,
    responses: {
      200: geoJsonResponse('The units of that level.', featureCollectionSchema),
      ...errorResponses,
    },
    handler: async ({ query, res }) => {
      res.set('Cache-Control', 'public, max-age=3600');
      const { rows } = await sql<{ body: string }>`
        SELECT json_build_object('type', 'FeatureCollection',
          'features', coalesce(json_agg(json_build_object(
            'type', 'Feature', 'id', code,
            'geometry', ST_AsGeoJSON(geom, 6)::json,
            'properties', json_build_object('code', code, 'level', level,
              'name', name, 'nameEn', name_en, 'nameAscii', name_ascii,
              'kind', kind, 'parentCode', parent_code)
          ) ORDER BY code), '[]'::json))::text AS body
        FROM admin_units WHERE level = ${query.level}`.execute(db);

      return geoJson(rows[0]!.body);
    },
  });

  routes.add({
    method: 'get',
    path: '/waterways',
    summary: 'The Saigon River and the main canals as GeoJSON',
    tags,
    responses: {
      200: geoJsonResponse(
        'Centrelines and water areas.',
        featureCollectionSchema,
      ),
    },
    handler: async ({ res }) => {
      res.set('Cache-Control', 'public, max-age=3600');
      const { rows } = await sql<{ body: string }>`
        SELECT json_build_object('type', 'FeatureCollection',
          'features', coalesce(json_agg(json_build_object(
            'type', 'Feature', 'id', id,
            'geometry', ST_AsGeoJSON(geom, 6)::json,
            'properties', json_build_object('system', system, 'kind', kind,
              'name', name, 'nameEn', name_en)
          ) ORDER BY id), '[]'::json))::text AS body
        FROM waterways`.execute(db);

      return geoJson(rows[0]!.body);
    },
  });
}
