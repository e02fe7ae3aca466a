import { type Kysely, sql } from 'kysely';

import type { Database, Role } from '../db/schema';

type Db = Kysely<Database>;

/** A user with the organisation that sets what they may act on. */
export function findUserWithOrganisation(db: Db) {
  return db
    .selectFrom('users as u')
    .leftJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select([
      'u.id',
      'u.email',
      'u.name',
      'u.role',
      'u.password_hash as passwordHash',
      'u.organisation_id as organisationId',
      'o.name as organisationName',
      'o.kind as organisationKind',
      'o.admin_unit_code as adminUnitCode',
    ]);
}

export function findUserById(db: Db, id: number) {
  return findUserWithOrganisation(db).where('u.id', '=', id).executeTakeFirst();
}

export function findUserByEmail(db: Db, email: string) {
  return findUserWithOrganisation(db)
    .where(sql`lower(u.email)`, '=', email.toLowerCase())
    .executeTakeFirst();
}

export interface NewUser {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly organisationCode: string | null;
  readonly passwordHash: string;
  readonly isSample?: boolean;
}

/** Creates a user unless one has that email already. */
export async function insertUser(db: Db, user: NewUser): Promise<void> {
  await sql`
    INSERT INTO users (email, name, role, organisation_id, password_hash,
      is_sample)
    SELECT ${user.email}, ${user.name}, ${user.role},
      (SELECT id FROM organisations WHERE code = ${user.organisationCode}),
      ${user.passwordHash}, ${user.isSample ?? false}
    WHERE NOT EXISTS (
      SELECT 1 FROM users WHERE lower(email) = lower(${user.email}))`.execute(
    db,
  );
}

export async function countAdmins(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('role', '=', 'admin')
    .where('is_sample', '=', false)
    .executeTakeFirstOrThrow();

  return row.count;
}
