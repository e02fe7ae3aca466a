import { pointOnFeature } from '@turf/turf';
import type { Kysely } from 'kysely';

import type { Database } from '../db/schema';
import { jsonString } from '../db/text-query';
import { AppError } from '../errors/app-error';
import { fieldError } from '../http/validation';
import * as spots from './black-spot-repository';
import { appendHistory, listHistory } from './history-repository';
import {
  type Actor,
  type BlackSpotStatus,
  checkRole,
  planTransition,
} from './lifecycle';
import type { ReportBody, TransitionBody } from './schemas';

/** PostgreSQL error codes raised by this schema. */
const OUTSIDE_CITY = 'BS001';
const CHECK_VIOLATION = '23514';

/** Reporters' names and contacts are for officers only. */
export function visibilityFor(actor: Actor): spots.Visibility {
  return { includePrivate: actor.role === 'officer' || actor.role === 'admin' };
}

/** The black spot's rules: reporting and moving it through its lifecycle. */
export class BlackSpotService {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  /**
   * Records a new report with its first history row, and offers the open
   * spots within 30 m that it may duplicate.
   */
  async report(body: ReportBody, actor: Actor) {
    const id = await this.#db.transaction().execute(async (trx) => {
      const spot = await insertLocated(trx, body, actor.userId);
      await appendHistory(trx, {
        blackSpotId: spot.id,
        action: 'report',
        fromStatus: null,
        toStatus: 'reported',
        actorUserId: actor.userId,
        actorRole: actor.role,
      });

      return spot.id;
    });
    const visibility = visibilityFor(actor);
    const anchor = anchorOf(body.geometry);

    return {
      id,
      spot: (await spots.findSpotFeature(this.#db, id, visibility))!,
      duplicateCandidates: jsonString(
        await spots.duplicateCandidates(this.#db, anchor, visibility, id),
      ),
    };
  }

  /**
   * Takes one lifecycle action. The row is locked so that concurrent
   * actions on one spot run one after the other; the second finds the
   * version moved on and gets a conflict.
   */
  async transition(id: number, body: TransitionBody, actor: Actor) {
    const visibility = visibilityFor(actor);
    checkRole(body.action, actor);

    await this.#db.transaction().execute(async (trx) => {
      const spot = await spots.lockSpot(trx, id);

      if (!spot) {
        throw new AppError('black_spot_not_found');
      }

      if (spot.version !== body.version) {
        throw new AppError('stale_version', {
          details: {
            current: JSON.parse(
              (await spots.findSpotFeature(trx, id, visibility))!,
            ),
          },
        });
      }

      const plan = planTransition(
        {
          status: spot.status as BlackSpotStatus,
          districtCode: spot.district_code,
          wardCode: spot.ward_code,
          claimedByOrganisationId: spot.claimed_by_organisation_id,
        },
        body.action,
        actor,
        body,
      );

      if (plan.duplicateOfId !== null) {
        await checkOriginal(trx, id, plan.duplicateOfId);
      }

      await spots.updateSpotStatus(trx, {
        id,
        status: plan.to,
        claimedByOrganisationId: plan.claimedByOrganisationId,
        rejectionReason: plan.rejectionReason,
        duplicateOfId: plan.duplicateOfId,
      });
      await appendHistory(trx, {
        blackSpotId: id,
        action: plan.action,
        fromStatus: plan.from,
        toStatus: plan.to,
        actorUserId: actor.userId,
        actorRole: actor.role,
        reason: body.reason,
        rejectionReason: plan.rejectionReason,
        duplicateOfId: plan.duplicateOfId,
        isSample: spot.is_sample,
      });
    });

    return (await spots.findSpotFeature(this.#db, id, visibility))!;
  }

  async get(id: number, actor: Actor): Promise<string> {
    const feature = await spots.findSpotFeature(
      this.#db,
      id,
      visibilityFor(actor),
    );

    if (!feature) {
      throw new AppError('black_spot_not_found');
    }

    return feature;
  }

  async history(id: number, actor: Actor) {
    const items = await listHistory(
      this.#db,
      id,
      visibilityFor(actor).includePrivate,
    );

    if (items.length === 0) {
      throw new AppError('black_spot_not_found');
    }

    return { items };
  }
}

async function insertLocated(
  db: Kysely<Database>,
  body: ReportBody,
  userId: number | null,
) {
  try {
    return await spots.insertSpot(db, { ...body, reportedByUserId: userId });
  } catch (error) {
    throw translateInsertError(error);
  }
}

/** Turns the schema's own refusals into answers a reporter can act on. */
export function translateInsertError(error: unknown): unknown {
  const code = (error as { code?: string }).code;

  if (code === OUTSIDE_CITY) {
    return new AppError('outside_city', { cause: error });
  }

  if (code === CHECK_VIOLATION) {
    return fieldError('geometry', {
      vi: 'Hình học không hợp lệ theo PostGIS.',
      en: 'The geometry is not valid according to PostGIS.',
    });
  }

  return error;
}

async function checkOriginal(
  db: Kysely<Database>,
  id: number,
  originalId: number,
): Promise<void> {
  const original = await db
    .selectFrom('black_spots')
    .select(['id', 'status'])
    .where('id', '=', originalId)
    .executeTakeFirst();

  if (!original || original.id === id || original.status === 'rejected') {
    throw fieldError('duplicateOfId', {
      vi: 'Điểm gốc phải là một điểm đen khác, chưa bị từ chối.',
      en: 'The original must be another black spot that is not rejected.',
    });
  }
}

/** A point on the geometry, for distance checks. */
function anchorOf(geometry: ReportBody['geometry']) {
  const [lon, lat] = pointOnFeature(geometry).geometry.coordinates;

  return { lon: lon!, lat: lat! };
}
