import type { BlackSpotProperties } from '../api/api-types';
import { element } from '../dom/element';
import { formatDateTime, formatNumber, t } from '../i18n/i18n';
import { sampleBadge, statusBadge } from './badges';

export interface SpotDetailsOptions {
  /** Opens another spot, e.g. the one this spot duplicates. */
  readonly onOpenSpot?: (id: number) => void;
}

function row(labelKey: string, value: Node | string, testId: string): Node[] {
  return [
    element('dt', { i18n: labelKey }),
    element('dd', {
      testId,
      children: [value],
    }),
  ];
}

function placeName(name: string | null): string {
  return name ?? t('spot.wardUnknown');
}

/**
 * The facts of one spot as a definition list: category, severity, status,
 * place, description, size and dates; reporter details only when the
 * server sent them (officers and admins).
 */
export function spotDetails(
  spot: BlackSpotProperties,
  options: SpotDetailsOptions = {},
): HTMLElement {
  const size =
    spot.estimatedSizeM2 === null
      ? t('spot.notGiven')
      : t('spot.sizeValue', { size: formatNumber(spot.estimatedSizeM2) });
  const rows: Node[] = [
    ...row('spot.status', statusBadge(spot.status), 'spot-status'),
    ...row('spot.category', t(`category.${spot.category}`), 'spot-category'),
    ...row('spot.severity', severityMeter(spot.severity), 'spot-severity'),
    ...row('spot.ward', placeName(spot.wardName), 'spot-ward'),
    ...row('spot.district', placeName(spot.districtName), 'spot-district'),
    ...row('spot.estimatedSize', size, 'spot-size'),
    ...row('spot.createdAt', formatDateTime(spot.createdAt), 'spot-created'),
  ];
  if (spot.rejectionReason) {
    rows.push(
      ...row(
        'spot.rejectionReason',
        t(`rejectionReason.${spot.rejectionReason}`),
        'spot-rejection-reason',
      ),
    );
  }
  if (spot.duplicateOfId !== null) {
    rows.push(
      ...row(
        'spot.duplicateOf',
        spotLink(spot.duplicateOfId, options.onOpenSpot),
        'spot-duplicate-of',
      ),
    );
  }
  if (spot.reporterName !== undefined || spot.reporterContact !== undefined) {
    const note = ` (${t('spot.privateNote')})`;
    rows.push(
      ...row(
        'spot.reporterName',
        (spot.reporterName ?? t('spot.notGiven')) + note,
        'spot-reporter-name',
      ),
      ...row(
        'spot.reporterContact',
        (spot.reporterContact ?? t('spot.notGiven')) + note,
        'spot-reporter-contact',
      ),
    );
  }

  return element('div', {
    className: 'spot-details',
    children: [
      spot.isSample &&
        element('p', {
          className: 'sample-note',
          children: [sampleBadge(), ' ', t('spot.sampleHint')],
        }),
      element('p', {
        className: 'spot-description',
        testId: 'spot-description',
        text: spot.description,
      }),
      element('dl', { className: 'facts', children: rows }),
    ],
  });
}

/** Five pips, as many filled as the severity, with the number for readers. */
export function severityMeter(severity: number): HTMLElement {
  const pips = [1, 2, 3, 4, 5].map((level) =>
    element('span', {
      className: level <= severity ? 'pip pip-on' : 'pip',
    }),
  );

  return element('span', {
    className: `severity severity-${severity}`,
    children: [
      element('span', {
        className: 'pips',
        attributes: { 'aria-hidden': 'true' },
        children: pips,
      }),
      t('spot.severityValue', { severity }),
    ],
  });
}

/** A button that opens spot `id`, or plain text when nothing can open it. */
export function spotLink(
  id: number,
  onOpenSpot?: (id: number) => void,
): HTMLElement {
  const label = t('spot.spotLink', { id });
  if (!onOpenSpot) {
    return element('span', { text: label });
  }

  return element('button', {
    className: 'link-button',
    attributes: { type: 'button' },
    text: label,
    onClick: () => onOpenSpot(id),
  });
}
