import type { ReportResult } from '../api/api-types';
import { element } from '../dom/element';
import { candidateList } from './candidate-list';

export interface ReportResultOptions {
  readonly onOpenSpot: (id: number) => void;
  readonly onReportAnother: () => void;
}

/**
 * What the user sees after the server accepted a report: the new spot's
 * number, and the open spots nearby that an officer will compare it with.
 */
export function reportResult(
  result: ReportResult,
  options: ReportResultOptions,
): HTMLElement {
  const id = result.spot.properties.id;
  const nearby = result.duplicateCandidates.features.filter(
    (candidate) => candidate.properties.id !== id,
  );

  return element('div', {
    className: 'report-result',
    testId: 'report-result',
    attributes: { 'data-spot-id': id, role: 'status' },
    children: [
      element('p', { className: 'success-title', i18n: 'report.success' }),
      element('p', {
        className: 'success-id',
        testId: 'report-result-id',
        i18n: 'report.successId',
        i18nOptions: { id },
      }),
      nearby.length > 0 &&
        element('p', {
          className: 'hint',
          i18n: 'report.successDuplicates',
          i18nOptions: { count: nearby.length },
        }),
      nearby.length > 0 &&
        candidateList(nearby, {
          testId: 'result-candidate-list',
          actionKey: 'spot.open',
          onAction: (candidate) => options.onOpenSpot(candidate.properties.id),
        }),
      element('div', {
        className: 'button-row',
        children: [
          element('button', {
            className: 'button button-primary',
            testId: 'report-view-spot',
            attributes: { type: 'button' },
            i18n: 'report.viewSpot',
            onClick: () => options.onOpenSpot(id),
          }),
          element('button', {
            className: 'button',
            testId: 'report-another',
            attributes: { type: 'button' },
            i18n: 'report.reportAnother',
            onClick: () => options.onReportAnother(),
          }),
        ],
      }),
    ],
  });
}
