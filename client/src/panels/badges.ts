import type { BlackSpotStatus } from '../api/api-types';
import { element } from '../dom/element';
import { statusColor } from '../map/status-colors';

/** A coloured label with the status's name, matching the map colour. */
export function statusBadge(status: BlackSpotStatus): HTMLElement {
  const dot = element('span', { className: 'swatch' });
  dot.style.backgroundColor = statusColor(status);

  return element('span', {
    className: `badge badge-status status-${status}`,
    testId: 'status-badge',
    attributes: { 'data-status': status },
    children: [dot, element('span', { i18n: `status.${status}` })],
  });
}

/** The label every sample spot carries, so nobody takes it for real. */
export function sampleBadge(): HTMLElement {
  return element('span', {
    className: 'badge badge-sample',
    testId: 'sample-badge',
    i18n: 'spot.sample',
    i18nAttributes: { title: 'spot.sampleHint' },
  });
}
