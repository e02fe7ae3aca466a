import type {
  Feature,
  FeatureCollection,
  LineString,
  Point,
  Polygon,
} from 'geojson';

import type {
  BlackSpotStatus,
  Category as BlackSpotCategory,
  ExposedAction,
  RejectionReason,
  Role as UserRole,
} from '../../../server/black-spots/vocabulary';

/** A text the server sends in both interface languages. */
export interface LocalizedText {
  readonly vi: string;
  readonly en: string;
}

export {
  CATEGORIES as BLACK_SPOT_CATEGORIES,
  BLACK_SPOT_STATUSES,
  type Category as BlackSpotCategory,
  type BlackSpotStatus,
  REJECTION_REASONS,
  type RejectionReason,
  type Role as UserRole,
} from '../../../server/black-spots/vocabulary';

/** The actions this client offers; the others come with events. */
export type TransitionAction = ExposedAction;

export interface SessionUser {
  readonly id: number;
  readonly email: string;
  readonly name: string;
  readonly role: UserRole;
  readonly organisationId: number | null;
  readonly organisationName: string | null;
}

export interface SessionInfo {
  readonly user: SessionUser | null;
  readonly csrfToken: string | null;
}

export interface ClientConfig {
  readonly tileUrl: string | null;
  readonly tileAttribution: string | null;
  readonly sampleData: boolean;
}

export interface BlackSpotProperties {
  readonly id: number;
  readonly status: BlackSpotStatus;
  readonly category: BlackSpotCategory;
  readonly severity: number;
  readonly estimatedSizeM2: number | null;
  readonly description: string;
  readonly wardCode: string | null;
  readonly wardName: string | null;
  readonly districtCode: string | null;
  readonly districtName: string | null;
  readonly duplicateOfId: number | null;
  readonly rejectionReason: RejectionReason | null;
  readonly isSample: boolean;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Only sent to officers and admins. */
  readonly reporterName?: string | null;
  /** Only sent to officers and admins. */
  readonly reporterContact?: string | null;
  /** Only sent by the nearby and duplicate-candidate searches. */
  readonly distanceM?: number;
}

export type BlackSpotGeometry = Point | LineString | Polygon;

export type BlackSpotFeature = Feature<BlackSpotGeometry, BlackSpotProperties>;

export type BlackSpotCollection = FeatureCollection<
  BlackSpotGeometry,
  BlackSpotProperties
>;

export interface HistoryEntry {
  readonly id: number;
  readonly action: string;
  readonly fromStatus: BlackSpotStatus | null;
  readonly toStatus: BlackSpotStatus;
  /** 'public' (or null) for someone without an account. */
  readonly actorRole: UserRole | 'public' | null;
  readonly actorName: string | null;
  readonly reason: string | null;
  readonly rejectionReason: RejectionReason | null;
  readonly duplicateOfId: number | null;
  readonly createdAt: string;
}

export interface NewBlackSpot {
  readonly geometry: BlackSpotGeometry;
  readonly category: BlackSpotCategory;
  readonly severity: number;
  readonly description: string;
  readonly estimatedSizeM2?: number;
  readonly reporterName?: string;
  readonly reporterContact?: string;
}

export interface ReportResult {
  readonly spot: BlackSpotFeature;
  readonly duplicateCandidates: BlackSpotCollection;
}

export interface TransitionRequest {
  readonly action: TransitionAction;
  readonly version: number;
  readonly reason?: string;
  readonly rejectionReason?: RejectionReason;
  readonly duplicateOfId?: number;
}
