import { z } from 'zod';

import { bilingual } from '../http/validation';
import { spotGeometrySchema } from './geometry';
import { BLACK_SPOT_STATUSES, REJECTION_REASONS } from './lifecycle';

export const CATEGORIES = [
  'illegal_dump',
  'canal_waste',
  'littering',
  'construction_debris',
  'other',
] as const;

export type Category = (typeof CATEGORIES)[number];

/** Actions this version of the API takes; the others come with events. */
export const EXPOSED_ACTIONS = [
  'verify',
  'reject',
  'reverify',
  'relapse',
] as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null));

export const reportBodySchema = z
  .strictObject({
    geometry: spotGeometrySchema,
    category: z.enum(CATEGORIES),
    severity: z.number().int().min(1).max(5),
    description: z.string().trim().min(3).max(2000),
    estimatedSizeM2: z.number().positive().max(10_000_000).nullish(),
    reporterName: optionalText(200),
    reporterContact: optionalText(200),
  })
  .meta({ id: 'BlackSpotReport' });

export type ReportBody = z.output<typeof reportBodySchema>;

export const transitionBodySchema = z
  .strictObject({
    action: z.enum(EXPOSED_ACTIONS),
    version: z.number().int().min(1),
    reason: optionalText(2000),
    rejectionReason: z.enum(REJECTION_REASONS).nullish(),
    duplicateOfId: z.number().int().positive().nullish(),
  })
  .meta({ id: 'BlackSpotTransition' });

export type TransitionBody = z.output<typeof transitionBodySchema>;

export const spotIdParamsSchema = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53 - 1),
});

const csv = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((value) => value.split(',').filter(Boolean))
    .pipe(z.array(z.enum(values)))
    .optional();

const bboxSchema = z
  .string()
  .transform((value) => value.split(',').map(Number))
  .refine(
    ([minLon, minLat, maxLon, maxLat, extra]) =>
      extra === undefined &&
      [minLon, minLat, maxLon, maxLat].every(
        (n) => n !== undefined && Number.isFinite(n),
      ) &&
      minLon! < maxLon! &&
      minLat! < maxLat! &&
      Math.abs(minLon!) <= 180 &&
      Math.abs(maxLon!) <= 180 &&
      Math.abs(minLat!) <= 90 &&
      Math.abs(maxLat!) <= 90,
    bilingual(
      'bbox must be minLon,minLat,maxLon,maxLat in WGS 84.',
      'bbox phải có dạng minLon,minLat,maxLon,maxLat (WGS 84).',
    ),
  )
  .transform((n) => n as [number, number, number, number]);

const unitCode = z.string().regex(/^\d{2,5}$/);

export const listQuerySchema = z.object({
  bbox: bboxSchema.optional(),
  status: csv(BLACK_SPOT_STATUSES),
  category: csv(CATEGORIES),
  district: unitCode.optional(),
  ward: unitCode.optional(),
  from: z.iso
    .date()
    .or(z.iso.datetime({ offset: true }))
    .optional(),
  to: z.iso
    .date()
    .or(z.iso.datetime({ offset: true }))
    .optional(),
  sort: z.enum(['newest', 'oldest']).default('newest'),
  limit: z.coerce.number().int().min(1).max(10_000).default(2000),
});

export type ListQuery = z.output<typeof listQuerySchema>;

const longitude = z.coerce.number().min(-180).max(180);
const latitude = z.coerce.number().min(-90).max(90);

export const nearbyQuerySchema = z.object({
  lon: longitude,
  lat: latitude,
  radius: z.coerce.number().positive().max(50_000).default(500),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
});

export type NearbyQuery = z.output<typeof nearbyQuerySchema>;

export const pointQuerySchema = z.object({ lon: longitude, lat: latitude });
