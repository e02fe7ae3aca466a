import type { Kysely } from 'kysely';

import { hashPassword } from '../../server/accounts/password';
import { insertUser } from '../../server/accounts/user-repository';
import type { Database, Role } from '../../server/db/schema';
import { TestClient } from './http';

/** The sample data set's accounts, all with the password `sample-password`. */
export const SAMPLE = {
  admin: 'admin@sample.blackspot.vn',
  officer: 'officer@sample.blackspot.vn',
  manager: 'manager@sample.blackspot.vn',
  member: 'member@sample.blackspot.vn',
} as const;

export const TEST_PASSWORD = 'test-user-password';

/** A District 3 environment office officer: acts in Quận 3 only. */
export const DISTRICT_3_OFFICER = {
  email: 'officer.district3@test.blackspot.vn',
  name: 'Cán bộ Phòng TN&MT Quận 3',
  role: 'officer',
  organisationCode: 'PTNMT-770',
} as const;

/** Creates a user of an existing organisation unless it exists already. */
export async function createUser(
  db: Kysely<Database>,
  user: {
    email: string;
    name: string;
    role: Role;
    organisationCode: string | null;
  },
): Promise<void> {
  await insertUser(db, {
    ...user,
    passwordHash: await hashPassword(TEST_PASSWORD),
  });
}

/** A client logged in as a sample account. */
export async function loggedIn(email: string): Promise<TestClient> {
  const client = new TestClient();
  await client.login(email);

  return client;
}
