import type { ColumnType, Generated } from 'kysely';

import type { Role } from '../black-spots/vocabulary';

/** Geometry columns are written and read through PostGIS functions only. */
type Geometry = ColumnType<never, never, never>;
type CreatedAt = ColumnType<Date, never, never>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type AdminLevel = 'city' | 'district' | 'ward';

export interface AdminUnitTable {
  code: string;
  level: AdminLevel;
  kind: string;
  name: string;
  name_en: string;
  name_ascii: string;
  parent_code: string | null;
  geom: Geometry;
  source: string;
  loaded_at: CreatedAt;
}

export interface WaterwayTable {
  id: Generated<number>;
  system: string;
  kind: 'centerline' | 'water_area';
  name: string;
  name_en: string;
  geom: Geometry;
  source: string;
}

export type OrganisationKind =
  | 'city_union'
  | 'district_union'
  | 'ward_union'
  | 'base_union'
  | 'donre'
  | 'district_environment_office'
  | 'youth_federation';

export interface OrganisationTable {
  id: Generated<number>;
  code: string;
  kind: OrganisationKind;
  name: string;
  name_en: string;
  parent_id: number | null;
  admin_unit_code: string | null;
  created_at: CreatedAt;
}

export type { Role };

export interface UserTable {
  id: Generated<number>;
  email: string;
  name: string;
  role: Role;
  organisation_id: number | null;
  password_hash: string;
  is_sample: Generated<boolean>;
  created_at: CreatedAt;
}

export interface SessionTable {
  sid: string;
  data: ColumnType<unknown, string, string>;
  expires_at: Timestamp;
}

export interface RateLimitTable {
  key: string;
  hits: number;
  reset_at: Timestamp;
}

export interface BlackSpotTable {
  id: Generated<number>;
  geom: Geometry;
  category: string;
  severity: number;
  estimated_size_m2: number | null;
  description: string;
  status: Generated<string>;
  /** Set by the `black_spot_locate` trigger from the boundaries. */
  ward_code: ColumnType<string | null, never, never>;
  district_code: ColumnType<string, never, never>;
  reporter_name: string | null;
  reporter_contact: string | null;
  reported_by_user_id: number | null;
  rejection_reason: string | null;
  duplicate_of_id: number | null;
  claimed_by_organisation_id: number | null;
  version: Generated<number>;
  is_sample: Generated<boolean>;
  created_at: ColumnType<Date, Date | undefined, never>;
  updated_at: Timestamp;
}

export interface BlackSpotHistoryTable {
  id: Generated<number>;
  black_spot_id: number;
  action: string;
  from_status: string | null;
  to_status: string;
  actor_user_id: number | null;
  actor_role: string;
  reason: string | null;
  rejection_reason: string | null;
  duplicate_of_id: number | null;
  event_id: number | null;
  is_sample: Generated<boolean>;
  created_at: ColumnType<Date, Date | undefined, never>;
}

export interface SettingTable {
  key: string;
  value: string;
  updated_at: ColumnType<Date, never, never>;
}

/** The whole schema as Kysely sees it; mirrors `migrations/`. */
export interface Database {
  admin_units: AdminUnitTable;
  waterways: WaterwayTable;
  organisations: OrganisationTable;
  users: UserTable;
  sessions: SessionTable;
  rate_limits: RateLimitTable;
  black_spots: BlackSpotTable;
  black_spot_history: BlackSpotHistoryTable;
  settings: SettingTable;
}
