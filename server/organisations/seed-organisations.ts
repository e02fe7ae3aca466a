import { type Kysely, sql } from 'kysely';

import type { Database } from '../db/schema';

/**
 * Seeds the parties of the joint plan from the loaded boundaries: the City
 * Youth Union, the Youth Federation and DONRE; a union and an environment
 * office for every district; a union for every mapped ward. Idempotent.
 */
export async function seedOrganisations(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`
      INSERT INTO organisations (code, kind, name, name_en, admin_unit_code)
      VALUES
        ('TD', 'city_union', 'Thành Đoàn TP. Hồ Chí Minh',
          'Ho Chi Minh City Youth Union', '79'),
        ('HLHTN', 'youth_federation', 'Hội Liên hiệp Thanh niên Thành phố',
          'City Youth Federation', '79'),
        ('STNMT', 'donre', 'Sở Tài nguyên và Môi trường',
          'Department of Natural Resources and Environment', '79')
      ON CONFLICT (code) DO NOTHING`.execute(trx);

    await sql`
      INSERT INTO organisations
        (code, kind, name, name_en, parent_id, admin_unit_code)
      SELECT 'QD-' || u.code, 'district_union',
        regexp_replace(u.name, '^(Quận|Huyện) ', '\\1 Đoàn '),
        u.name_en || ' Youth Union',
        (SELECT id FROM organisations WHERE code = 'TD'), u.code
      FROM admin_units u WHERE u.level = 'district'
      ORDER BY u.code
      ON CONFLICT (code) DO NOTHING`.execute(trx);

    await sql`
      INSERT INTO organisations
        (code, kind, name, name_en, parent_id, admin_unit_code)
      SELECT 'PTNMT-' || u.code, 'district_environment_office',
        'Phòng Tài nguyên và Môi trường ' || u.name,
        u.name_en || ' Environment Office',
        (SELECT id FROM organisations WHERE code = 'STNMT'), u.code
      FROM admin_units u WHERE u.level = 'district'
      ORDER BY u.code
      ON CONFLICT (code) DO NOTHING`.execute(trx);

    await sql`
      INSERT INTO organisations
        (code, kind, name, name_en, parent_id, admin_unit_code)
      SELECT 'DP-' || u.code, 'ward_union', 'Đoàn ' || u.name,
        u.name_en || ' Youth Union', d.id, u.code
      FROM admin_units u
      JOIN organisations d ON d.code = 'QD-' || u.parent_code
      WHERE u.level = 'ward'
      ORDER BY u.code
      ON CONFLICT (code) DO NOTHING`.execute(trx);
  });
}
