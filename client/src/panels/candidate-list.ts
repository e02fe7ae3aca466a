import type { BlackSpotFeature } from '../api/api-types';
import { element } from '../dom/element';
import { formatNumber, t } from '../i18n/i18n';
import { sampleBadge, statusBadge } from './badges';

export interface CandidateListOptions {
  readonly testId: string;
  /** Catalogue key of the button each candidate carries. */
  readonly actionKey: string;
  readonly onAction: (candidate: BlackSpotFeature) => void;
}

/**
 * A short list of spots near a place, nearest first, each with status,
 * category, distance, description and one action button.
 */
export function candidateList(
  candidates: readonly BlackSpotFeature[],
  options: CandidateListOptions,
): HTMLElement {
  return element('ul', {
    className: 'candidates',
    testId: options.testId,
    children: candidates.map((candidate) => {
      const spot = candidate.properties;
      const distance =
        spot.distanceM === undefined
          ? null
          : t('spot.distance', {
              distance: formatNumber(Math.round(spot.distanceM)),
            });

      return element('li', {
        className: 'candidate',
        testId: `candidate-${spot.id}`,
        children: [
          element('div', {
            className: 'candidate-head',
            children: [
              element('strong', { text: t('spot.title', { id: spot.id }) }),
              statusBadge(spot.status),
              spot.isSample && sampleBadge(),
            ],
          }),
          element('div', {
            className: 'candidate-meta',
            text: [t(`category.${spot.category}`), distance]
              .filter(Boolean)
              .join(' · '),
          }),
          element('p', {
            className: 'candidate-description',
            text: spot.description,
          }),
          element('button', {
            className: 'button button-small',
            attributes: { type: 'button' },
            i18n: options.actionKey,
            onClick: () => options.onAction(candidate),
          }),
        ],
      });
    }),
  });
}
