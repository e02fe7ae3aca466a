import { element } from '../dom/element';

/**
 * Tells every visitor that the map shows the sample data set, so nobody
 * takes its spots for real reports. Can be hidden for the visit.
 */
export function showSampleBanner(root: HTMLElement): void {
  root.replaceChildren(
    element('span', { className: 'banner-text', i18n: 'banner.sample' }),
    element('button', {
      className: 'icon-button',
      testId: 'sample-banner-close',
      attributes: { type: 'button' },
      i18nAttributes: {
        title: 'banner.dismiss',
        'aria-label': 'banner.dismiss',
      },
      text: '×',
      onClick: () => {
        root.hidden = true;
      },
    }),
  );
  root.dataset.testid = 'sample-banner';
  root.setAttribute('role', 'note');
  root.hidden = false;
}
