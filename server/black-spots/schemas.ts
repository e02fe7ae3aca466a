import { z } from 'zod';

import { bilingual } from '../http/validation';
import { spotGeometrySchema } from './geometry';
import {
  BLACK_SPOT_STATUSES,
  CATEGORIES,
  EXPOSED_ACTIONS,
  REJECTION_REASONS,
} from './vocabulary';

export { CATEGORIES, type Category, EXPOSED_ACTIONS } from './vocabulary';

/**
 * Text a person typed. Control characters other than line breaks and tabs
 * are refused: PostgreSQL cannot store NUL, and none of them belong in a
 * description or a name.
 */
const plainText = () =>
  z
    .string()
    .trim()
    .refine(
      // eslint-disable-next-line no-control-regex
      (value) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value),
      bilingual(
        'Control characters are not allowed in text.',
        'Văn bản không được chứa ký tự điều khiển.',
      ),
    );

const optionalText = (max: number) =>
  plainText()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null));

export const reportBodySchema = z
  .strictObject({
    geometry: spotGeometrySchema,
    category: z.enum(CATEGORIES),
    severity: z.number().int().min(1).max(5),
    description: plainText().min(3).max(2000),
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

/** A comma-separated list of known values, e.g. `status=reported,verified`. */
const csv = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((value, ctx) => {
      const items = value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
      const unknown = items.filter((item) => !values.includes(item));

      if (unknown.length > 0) {
        ctx.addIssue({
          code: 'custom',
          ...bilingual(
            `Unknown value ${unknown.join(', ')}; expected one of: ${values.join(', ')}.`,
            `Giá trị không hợp lệ ${unknown.join(', ')}; chọn trong: ${values.join(', ')}.`,
          ),
        });

        return z.NEVER;
      }

      return items as T[number][];
    })
    .optional()
    .meta({ description: `Comma-separated, from: ${values.join(', ')}.` });

/**
 * A day (`2026-12-03`) or an instant with its offset. Years before 1900 or
 * after 9999 are refused: no black spot was reported then, and PostgreSQL
 * has no year 0.
 */
const dateOrInstant = z.iso
  .date()
  .or(z.iso.datetime({ offset: true }))
  .refine(
    (value) => {
      const year = Number(value.slice(0, 4));

      return year >= 1900 && year <= 9999;
    },
    bilingual(
      'The date must fall between the years 1900 and 9999.',
      'Ngày phải nằm trong khoảng năm 1900 đến 9999.',
    ),
  );

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
  from: dateOrInstant
    .optional()
    .meta({ description: 'Reported on or after this day or instant.' }),
  to: dateOrInstant.optional().meta({
    description:
      'Reported before this instant, or on or before this day when a day is given.',
  }),
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
