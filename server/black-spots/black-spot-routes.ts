import type { RequestHandler } from 'express';
import type { Kysely } from 'kysely';
import { z } from 'zod';

import type { Database } from '../db/schema';
import { type ApiRoutes, geoJson, RawJson } from '../http/api-routes';
import {
  errorResponses,
  errorSchema,
  featureCollectionSchema,
  featureSchema,
  geoJsonResponse,
  json,
} from '../http/common-schemas';
import * as spots from './black-spot-repository';
import { BlackSpotService, visibilityFor } from './black-spot-service';
import {
  listQuerySchema,
  nearbyQuerySchema,
  pointQuerySchema,
  reportBodySchema,
  spotIdParamsSchema,
  transitionBodySchema,
} from './schemas';

const tags = ['Black spots'];

const historySchema = z
  .object({
    items: z.array(
      z.object({
        id: z.number(),
        action: z.string(),
        fromStatus: z.string().nullable(),
        toStatus: z.string(),
        actorRole: z.string(),
        actorName: z
          .string()
          .nullable()
          .describe('Shown to officers and admins only.'),
        reason: z.string().nullable(),
        rejectionReason: z.string().nullable(),
        duplicateOfId: z.number().nullable(),
        eventId: z.number().nullable(),
        createdAt: z.string(),
      }),
    ),
  })
  .meta({ id: 'BlackSpotHistory' });

const countsSchema = z.object({
  items: z.array(
    z.object({
      districtCode: z.string(),
      districtName: z.string(),
      status: z.string(),
      count: z.number(),
    }),
  ),
});

/** The black spot endpoints: lists, spatial queries, report, lifecycle. */
export function addBlackSpotRoutes(
  routes: ApiRoutes,
  db: Kysely<Database>,
  reportLimit: RequestHandler,
): void {
  const service = new BlackSpotService(db);

  routes.add({
    method: 'get',
    path: '/black-spots',
    summary: 'Black spots in a bounding box, filtered, as GeoJSON',
    tags,
    query: listQuerySchema,
    responses: {
      200: geoJsonResponse('The matching spots.', featureCollectionSchema),
      ...errorResponses,
    },
    handler: async ({ query, actor }) =>
      geoJson(await spots.listSpots(db, query, visibilityFor(actor))),
  });

  routes.add({
    method: 'get',
    path: '/black-spots/nearby',
    summary: 'Black spots within a radius in metres, nearest first',
    tags,
    query: nearbyQuerySchema,
    responses: {
      200: geoJsonResponse('Spots with `distanceM`.', featureCollectionSchema),
      ...errorResponses,
    },
    handler: async ({ query, actor }) =>
      geoJson(await spots.nearbySpots(db, query, visibilityFor(actor))),
  });

  routes.add({
    method: 'get',
    path: '/black-spots/duplicate-candidates',
    summary: 'Open black spots within 30 m that a new report may repeat',
    tags,
    query: pointQuerySchema,
    responses: {
      200: geoJsonResponse(
        'Candidates with `distanceM`.',
        featureCollectionSchema,
      ),
      ...errorResponses,
    },
    handler: async ({ query, actor }) =>
      geoJson(await spots.duplicateCandidates(db, query, visibilityFor(actor))),
  });

  routes.add({
    method: 'get',
    path: '/black-spots/counts',
    summary: 'Number of black spots per district and status',
    tags,
    responses: { 200: json('Counts.', countsSchema) },
    handler: async () => ({ items: await spots.countByDistrict(db) }),
  });

  routes.add({
    method: 'post',
    path: '/black-spots',
    summary: 'Report a new black spot (no account needed)',
    tags,
    body: reportBodySchema,
    before: [reportLimit],
    responses: {
      201: json(
        'The stored spot and open spots within 30 m it may duplicate.',
        z.object({
          spot: featureSchema,
          duplicateCandidates: featureCollectionSchema,
        }),
      ),
      ...errorResponses,
      422: json('The place is outside Ho Chi Minh City.', errorSchema),
      429: json('Too many reports from this address.', errorSchema),
    },
    handler: async ({ body, actor, res }) => {
      const result = await service.report(body, actor);
      res.status(201).location(`/api/black-spots/${result.id}`);

      return new RawJson(
        `{"spot":${result.spot},"duplicateCandidates":${result.duplicateCandidates}}`,
      );
    },
  });

  routes.add({
    method: 'get',
    path: '/black-spots/{id}',
    summary: 'One black spot',
    tags,
    params: spotIdParamsSchema,
    responses: {
      200: geoJsonResponse('The spot.', featureSchema),
      404: json('No such spot.', errorSchema),
    },
    handler: async ({ params, actor }) =>
      geoJson(await service.get(params.id, actor)),
  });

  routes.add({
    method: 'get',
    path: '/black-spots/{id}/history',
    summary: 'Every status change of a black spot, oldest first',
    tags,
    params: spotIdParamsSchema,
    responses: {
      200: json('The history.', historySchema),
      404: json('No such spot.', errorSchema),
    },
    handler: ({ params, actor }) => service.history(params.id, actor),
  });

  routes.add({
    method: 'post',
    path: '/black-spots/{id}/transitions',
    summary: 'Move a black spot along its lifecycle (verify, reject, ...)',
    tags,
    params: spotIdParamsSchema,
    body: transitionBodySchema,
    responses: {
      200: geoJsonResponse('The spot after the change.', featureSchema),
      ...errorResponses,
      401: json('Not logged in.', errorSchema),
      403: json('The role or area does not allow it.', errorSchema),
      404: json('No such spot.', errorSchema),
      409: json(
        '`stale_version` with `current`, or `transition_not_allowed` ' +
          'with the `allowed` actions.',
        errorSchema,
      ),
    },
    handler: async ({ params, body, actor }) =>
      geoJson(await service.transition(params.id, body, actor)),
  });
}
