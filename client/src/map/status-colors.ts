import type { BlackSpotStatus } from '../api/api-types';

/**
 * One colour per status, distinct in hue and readable on the pale base map;
 * the map, the legend and the panels all use these. Kept free of imports
 * with side effects so tests can read it too.
 */
export const STATUS_COLORS: Readonly<Record<BlackSpotStatus, string>> = {
  reported: '#f08c00',
  verified: '#e03131',
  rejected: '#868e96',
  assigned: '#0c8599',
  in_progress: '#1971c2',
  transformed: '#2f9e44',
  relapsed: '#9c36b5',
};

const FALLBACK_COLOR = '#495057';

/** The colour of a status, grey-black for anything unknown. */
export function statusColor(status: unknown): string {
  return STATUS_COLORS[status as BlackSpotStatus] ?? FALLBACK_COLOR;
}
