import { z } from 'zod';

const text = z.object({ vi: z.string(), en: z.string() });

/** The body of every error answer. */
export const errorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: text,
      fields: z
        .array(z.object({ field: z.string(), message: text }))
        .optional(),
    }),
  })
  .meta({ id: 'Error' });

export const featureSchema = z
  .object({
    type: z.literal('Feature'),
    id: z.union([z.number(), z.string()]).optional(),
    geometry: z.record(z.string(), z.unknown()),
    properties: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'Feature', description: 'A GeoJSON Feature (RFC 7946).' });

export const featureCollectionSchema = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(featureSchema),
    numberReturned: z.number().optional(),
    truncated: z
      .boolean()
      .optional()
      .describe('More features matched than the limit let through.'),
  })
  .meta({
    id: 'FeatureCollection',
    description: 'A GeoJSON FeatureCollection (RFC 7946), EPSG:4326.',
  });

/** A JSON response with the given schema, for `responses`. */
export function json(description: string, schema: z.ZodType) {
  return { description, content: { 'application/json': { schema } } };
}

export function geoJsonResponse(description: string, schema: z.ZodType) {
  return { description, content: { 'application/geo+json': { schema } } };
}

export const errorResponses = {
  400: json('The request is not valid; `fields` says why.', errorSchema),
};
