import { type Kysely, sql } from 'kysely';

import type { Database } from '../db/schema';

type Db = Kysely<Database>;

export interface HistoryEntry {
  readonly blackSpotId: number;
  readonly action: string;
  readonly fromStatus: string | null;
  readonly toStatus: string;
  readonly actorUserId: number | null;
  readonly actorRole: string;
  readonly reason?: string | null;
  readonly rejectionReason?: string | null;
  readonly duplicateOfId?: number | null;
  readonly eventId?: number | null;
  readonly isSample?: boolean;
  readonly createdAt?: Date;
}

/** Appends one row to a spot's history; rows are never changed after. */
export async function appendHistory(db: Db, entry: HistoryEntry) {
  await db
    .insertInto('black_spot_history')
    .values({
      black_spot_id: entry.blackSpotId,
      action: entry.action,
      from_status: entry.fromStatus,
      to_status: entry.toStatus,
      actor_user_id: entry.actorUserId,
      actor_role: entry.actorRole,
      reason: entry.reason ?? null,
      rejection_reason: entry.rejectionReason ?? null,
      duplicate_of_id: entry.duplicateOfId ?? null,
      event_id: entry.eventId ?? null,
      is_sample: entry.isSample ?? false,
      created_at: entry.createdAt,
    })
    .execute();
}

/**
 * A spot's history, oldest first. Actors are named only to officers and
 * admins (`namesActors`); everyone else sees their role alone.
 */
export function listHistory(db: Db, blackSpotId: number, namesActors: boolean) {
  return db
    .selectFrom('black_spot_history as h')
    .leftJoin('users as u', 'u.id', 'h.actor_user_id')
    .select([
      'h.id',
      'h.action',
      'h.from_status as fromStatus',
      'h.to_status as toStatus',
      'h.actor_role as actorRole',
      namesActors
        ? 'u.name as actorName'
        : sql<string | null>`null::text`.as('actorName'),
      'h.reason',
      'h.rejection_reason as rejectionReason',
      'h.duplicate_of_id as duplicateOfId',
      'h.event_id as eventId',
      'h.created_at as createdAt',
    ])
    .where('h.black_spot_id', '=', blackSpotId)
    .orderBy('h.id')
    .execute();
}
