import type { BlackSpotFeature } from '../api/api-types';
import type { AppContext } from '../app-context';
import { element } from '../dom/element';
import { formatDateTime, t } from '../i18n/i18n';
import { sampleBadge, statusBadge } from './badges';
import { severityMeter } from './spot-details';
import { TransitionActions } from './transition-actions';

export interface QueueItemOptions {
  readonly context: AppContext;
  readonly spot: BlackSpotFeature;
  readonly onChanged: (spot: BlackSpotFeature) => void;
  readonly onConflict: () => void;
}

function placeText(spot: BlackSpotFeature): string {
  const { wardName, districtName } = spot.properties;

  return [
    wardName ?? t('spot.wardUnknown'),
    districtName ?? t('spot.wardUnknown'),
  ].join(', ');
}

/**
 * One spot waiting in the verification queue: what was reported, where and
 * when, and the officer's actions.
 */
export function queueItem(options: QueueItemOptions): HTMLElement {
  const { context, spot } = options;
  const properties = spot.properties;
  const actions = new TransitionActions({
    context,
    spot,
    onChanged: options.onChanged,
    onConflict: options.onConflict,
  });
  const reporter =
    properties.reporterName || properties.reporterContact
      ? `${t('spot.reporterName')}: ${[
          properties.reporterName,
          properties.reporterContact,
        ]
          .filter(Boolean)
          .join(', ')}`
      : null;

  return element('article', {
    className: 'queue-item',
    testId: `queue-item-${properties.id}`,
    attributes: {
      'data-spot-id': properties.id,
      'data-status': properties.status,
    },
    children: [
      element('header', {
        className: 'queue-item-head',
        children: [
          element('button', {
            className: 'link-button queue-item-title',
            attributes: { type: 'button' },
            text: t('spot.title', { id: properties.id }),
            onClick: () => context.openSpot(properties.id),
          }),
          statusBadge(properties.status),
          properties.isSample && sampleBadge(),
        ],
      }),
      element('div', {
        className: 'queue-item-meta',
        children: [
          `${t(`category.${properties.category}`)} · `,
          severityMeter(properties.severity),
        ],
      }),
      element('div', { className: 'queue-item-meta', text: placeText(spot) }),
      element('div', {
        className: 'queue-item-meta',
        text: formatDateTime(properties.createdAt),
      }),
      element('p', {
        className: 'queue-item-description',
        text: properties.description,
      }),
      reporter &&
        element('p', { className: 'queue-item-meta', text: reporter }),
      element('div', {
        className: 'button-row',
        children: [
          element('button', {
            className: 'button button-small',
            testId: 'queue-show-on-map',
            attributes: { type: 'button' },
            i18n: 'spot.showOnMap',
            onClick: () => context.showOnMap(spot),
          }),
        ],
      }),
      actions.element,
    ],
  });
}
