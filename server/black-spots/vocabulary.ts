/**
 * The black spot's vocabulary, shared by the server and the client: the
 * values themselves and nothing that depends on the server, so that the
 * browser bundle can import this file as it is.
 */

/** The statuses a black spot moves through, in lifecycle order. */
export const BLACK_SPOT_STATUSES = [
  'reported',
  'verified',
  'rejected',
  'assigned',
  'in_progress',
  'transformed',
  'relapsed',
] as const;

export type BlackSpotStatus = (typeof BLACK_SPOT_STATUSES)[number];

/** The kinds of pollution a black spot can be reported as. */
export const CATEGORIES = [
  'illegal_dump',
  'canal_waste',
  'littering',
  'construction_debris',
  'other',
] as const;

export type Category = (typeof CATEGORIES)[number];

export const REJECTION_REASONS = [
  'duplicate',
  'not_a_black_spot',
  'outside_city',
] as const;

export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** Actions this version of the API takes; the others come with events. */
export const EXPOSED_ACTIONS = [
  'verify',
  'reject',
  'reverify',
  'relapse',
] as const;

export type ExposedAction = (typeof EXPOSED_ACTIONS)[number];

/** The roles an account can hold; the public has no account. */
export const ROLES = [
  'admin',
  'officer',
  'union_manager',
  'union_member',
] as const;

export type Role = (typeof ROLES)[number];
