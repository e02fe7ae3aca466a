import { type Kysely, sql } from 'kysely';

import { hashPassword } from '../accounts/password';
import { insertUser } from '../accounts/user-repository';
import { insertSpot } from '../black-spots/black-spot-repository';
import { appendHistory } from '../black-spots/history-repository';
import { type BlackSpotStatus, TRANSITIONS } from '../black-spots/lifecycle';
import type { Category } from '../black-spots/schemas';
import type { Database, Role } from '../db/schema';
import { getSetting, setSetting } from '../settings/settings-repository';

/** Every sample text starts with this, so it is never taken for real. */
export const SAMPLE_LABEL = '[Dữ liệu mẫu · Sample]';
export const SAMPLE_PASSWORD = 'sample-password';

export const SAMPLE_ACCOUNTS: readonly {
  email: string;
  name: string;
  role: Role;
  organisationCode: string;
}[] = [
  {
    email: 'admin@sample.blackspot.vn',
    name: 'Quản trị mẫu',
    role: 'admin',
    organisationCode: 'STNMT',
  },
  {
    email: 'officer@sample.blackspot.vn',
    name: 'Cán bộ môi trường mẫu',
    role: 'officer',
    organisationCode: 'STNMT',
  },
  {
    email: 'manager@sample.blackspot.vn',
    name: 'Cán bộ Đoàn mẫu',
    role: 'union_manager',
    organisationCode: 'QD-760',
  },
  {
    email: 'member@sample.blackspot.vn',
    name: 'Đoàn viên mẫu',
    role: 'union_member',
    organisationCode: 'QD-760',
  },
];

type Geometry =
  | { type: 'Point'; coordinates: number[] }
  | { type: 'LineString'; coordinates: number[][] }
  | { type: 'Polygon'; coordinates: number[][][] };

interface SampleSpot {
  readonly place: string;
  readonly geometry: Geometry;
  readonly category: Category;
  readonly severity: number;
  readonly status: BlackSpotStatus;
}

const point = (lon: number, lat: number): Geometry => ({
  type: 'Point',
  coordinates: [lon, lat],
});

const SAMPLE_SPOTS: readonly SampleSpot[] = [
  {
    place: 'Bến Nghé, Quận 1',
    geometry: point(106.7009, 10.7769),
    category: 'littering',
    severity: 2,
    status: 'reported',
  },
  {
    place: 'Kênh Tàu Hủ, Quận 8',
    geometry: point(106.6812, 10.7508),
    category: 'canal_waste',
    severity: 4,
    status: 'reported',
  },
  {
    place: 'Quận 3',
    geometry: point(106.685, 10.783),
    category: 'illegal_dump',
    severity: 3,
    status: 'verified',
  },
  {
    place: 'Gò Vấp',
    geometry: point(106.665, 10.838),
    category: 'construction_debris',
    severity: 3,
    status: 'verified',
  },
  {
    place: 'Tân Phú',
    geometry: point(106.628, 10.79),
    category: 'other',
    severity: 1,
    status: 'rejected',
  },
  {
    place: 'Quận 1, bờ kênh Bến Nghé',
    geometry: point(106.6985, 10.7655),
    category: 'canal_waste',
    severity: 4,
    status: 'assigned',
  },
  {
    place: 'Quận 1, Đa Kao',
    geometry: point(106.6975, 10.7885),
    category: 'illegal_dump',
    severity: 5,
    status: 'in_progress',
  },
  {
    place: 'Kênh Nhiêu Lộc – Thị Nghè',
    geometry: point(106.699, 10.793),
    category: 'canal_waste',
    severity: 3,
    status: 'transformed',
  },
  {
    place: 'Quận 7',
    geometry: point(106.722, 10.735),
    category: 'illegal_dump',
    severity: 4,
    status: 'transformed',
  },
  {
    place: 'Thủ Đức',
    geometry: point(106.757, 10.85),
    category: 'littering',
    severity: 2,
    status: 'relapsed',
  },
  {
    place: 'Huyện Củ Chi',
    geometry: point(106.493, 10.973),
    category: 'illegal_dump',
    severity: 3,
    status: 'verified',
  },
  {
    place: 'Quận 12',
    geometry: point(106.64, 10.87),
    category: 'construction_debris',
    severity: 2,
    status: 'reported',
  },
  {
    place: 'Quận 2, bãi đất trống',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [106.7495, 10.7895],
          [106.7512, 10.7895],
          [106.7512, 10.7908],
          [106.7495, 10.7908],
          [106.7495, 10.7895],
        ],
      ],
    },
    category: 'construction_debris',
    severity: 4,
    status: 'verified',
  },
  {
    place: 'Rạch ven Quận 8',
    geometry: {
      type: 'LineString',
      coordinates: [
        [106.652, 10.7405],
        [106.6545, 10.7398],
        [106.657, 10.7392],
      ],
    },
    category: 'canal_waste',
    severity: 5,
    status: 'reported',
  },
];

/** The actions that take a new report to `status`, in order. */
const PATHS: Record<BlackSpotStatus, (keyof typeof TRANSITIONS)[]> = {
  reported: [],
  verified: ['verify'],
  rejected: ['reject'],
  assigned: ['verify', 'claim'],
  in_progress: ['verify', 'claim', 'start'],
  transformed: ['verify', 'claim', 'start', 'complete'],
  relapsed: ['verify', 'claim', 'start', 'complete', 'relapse'],
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Loads the labelled sample data set: one account per role and spots in
 * every status across several districts, each with its history.
 */
export async function loadSamples(db: Kysely<Database>): Promise<number> {
  const passwordHash = await hashPassword(SAMPLE_PASSWORD);

  return db.transaction().execute(async (trx) => {
    for (const account of SAMPLE_ACCOUNTS) {
      await insertUser(trx, { ...account, passwordHash, isSample: true });
    }

    // Accounts kept (disabled) by an earlier removal sign in again.
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash })
      .where('is_sample', '=', true)
      .execute();

    const users = await trx
      .selectFrom('users')
      .select(['id', 'role', 'organisation_id'])
      .where('is_sample', '=', true)
      .execute();
    const byRole = (role: Role) => users.find((user) => user.role === role)!;
    const officer = byRole('officer');
    const manager = byRole('union_manager');
    let day = SAMPLE_SPOTS.length * 3;

    for (const sample of SAMPLE_SPOTS) {
      const start = new Date(Date.now() - day-- * 3 * DAY_MS);
      const spot = await insertSpot(trx, {
        geometry: sample.geometry as never,
        category: sample.category,
        severity: sample.severity,
        description: `${SAMPLE_LABEL} ${sample.place}`,
        estimatedSizeM2: 20 + sample.severity * 15,
        reporterName: 'Người dân (mẫu)',
        reporterContact: null,
        reportedByUserId: null,
        isSample: true,
        createdAt: start,
      });
      await appendHistory(trx, {
        blackSpotId: spot.id,
        action: 'report',
        fromStatus: null,
        toStatus: 'reported',
        actorUserId: null,
        actorRole: 'public',
        isSample: true,
        createdAt: start,
      });

      let status: BlackSpotStatus = 'reported';
      let step = 1;

      for (const action of PATHS[sample.status]) {
        const to = TRANSITIONS[action].to;
        const actor =
          action === 'claim' || action === 'start' ? manager : officer;
        await appendHistory(trx, {
          blackSpotId: spot.id,
          action,
          fromStatus: status,
          toStatus: to,
          actorUserId: actor.id,
          actorRole: actor.role,
          reason: `${SAMPLE_LABEL} ${action}`,
          rejectionReason: action === 'reject' ? 'not_a_black_spot' : null,
          isSample: true,
          createdAt: new Date(start.getTime() + step++ * DAY_MS),
        });
        status = to;
      }

      await trx
        .updateTable('black_spots')
        .set({
          status,
          version: step,
          rejection_reason: status === 'rejected' ? 'not_a_black_spot' : null,
          claimed_by_organisation_id:
            status === 'assigned' || status === 'in_progress'
              ? manager.organisation_id
              : null,
          updated_at: new Date(start.getTime() + (step - 1) * DAY_MS),
        })
        .where('id', '=', spot.id)
        .execute();
    }

    await setSetting(trx, 'samples_loaded_at', new Date().toISOString());

    return SAMPLE_SPOTS.length;
  });
}

/** Loads the sample data set unless it was loaded once already. */
export async function loadSamplesOnce(db: Kysely<Database>) {
  if ((await getSetting(db, 'samples_loaded_at')) !== null) {
    return 0;
  }

  return loadSamples(db);
}

/**
 * Removes the sample data set: its spots and their history (the one delete
 * the history table allows, and only for sample rows), and the sample
 * accounts; an account that acted on real data is disabled instead.
 */
export async function removeSamples(db: Kysely<Database>) {
  return db.transaction().execute(async (trx) => {
    await sql`SET LOCAL blackspot.purge_samples = 'on'`.execute(trx);
    await trx
      .deleteFrom('black_spot_history')
      .where('is_sample', '=', true)
      .execute();
    // A real report rejected as a duplicate of a sample spot stays rejected
    // as a duplicate; only its link to the removed original goes. Its history
    // row still names the original it was compared with.
    await trx
      .updateTable('black_spots')
      .set((eb) => ({
        duplicate_of_id: null,
        version: eb('version', '+', 1),
        updated_at: sql<Date>`now()`,
      }))
      .where('is_sample', '=', false)
      .where(
        'duplicate_of_id',
        'in',
        trx
          .selectFrom('black_spots')
          .select('id')
          .where('is_sample', '=', true),
      )
      .execute();
    const spots = await trx
      .deleteFrom('black_spots')
      .where('is_sample', '=', true)
      .executeTakeFirst();
    const kept = trx
      .selectFrom('black_spot_history')
      .select('actor_user_id')
      .where('actor_user_id', 'is not', null);
    await trx
      .deleteFrom('sessions')
      .where(
        sql<boolean>`(data->>'userId')::int IN (SELECT id FROM users WHERE is_sample)`,
      )
      .execute();
    const users = await trx
      .deleteFrom('users')
      .where('is_sample', '=', true)
      .where('id', 'not in', kept as never)
      .executeTakeFirst();
    await trx
      .updateTable('users')
      .set({ password_hash: '!disabled' })
      .where('is_sample', '=', true)
      .execute();
    await setSetting(trx, 'samples_removed_at', new Date().toISOString());

    return {
      spots: Number(spots.numDeletedRows),
      users: Number(users.numDeletedRows),
    };
  });
}

export async function hasSamples(db: Kysely<Database>): Promise<boolean> {
  const { rows } = await sql<{ present: boolean }>`
    SELECT EXISTS (SELECT 1 FROM black_spots WHERE is_sample) AS present`.execute(
    db,
  );

  return rows[0]!.present;
}
