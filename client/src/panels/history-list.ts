import type { HistoryEntry } from '../api/api-types';
import { element } from '../dom/element';
import { formatDateTime, t } from '../i18n/i18n';
import { statusBadge } from './badges';

function actionName(action: string): string {
  return t(`action.${action}`, { defaultValue: action });
}

function actorText(entry: HistoryEntry): string {
  if (!entry.actorRole || entry.actorRole === 'public') {
    return t('spot.publicActor');
  }
  const role = t(`roles.${entry.actorRole}`);

  return entry.actorName ? `${entry.actorName} (${role})` : role;
}

function entryItem(entry: HistoryEntry): HTMLElement {
  const notes = [
    entry.rejectionReason && t(`rejectionReason.${entry.rejectionReason}`),
    entry.duplicateOfId !== null &&
      `${t('spot.duplicateOf')} ${t('spot.spotLink', { id: entry.duplicateOfId })}`,
    entry.reason,
  ].filter((note): note is string => typeof note === 'string' && note !== '');

  return element('li', {
    className: 'history-entry',
    testId: 'history-entry',
    attributes: { 'data-action': entry.action },
    children: [
      element('div', {
        className: 'history-head',
        children: [
          element('strong', { text: actionName(entry.action) }),
          statusBadge(entry.toStatus),
        ],
      }),
      element('div', {
        className: 'history-meta',
        text: `${formatDateTime(entry.createdAt)} · ${actorText(entry)}`,
      }),
      notes.length > 0 &&
        element('div', { className: 'history-note', text: notes.join(' · ') }),
    ],
  });
}

/** A spot's history, oldest first, as the server keeps it. */
export function historyList(entries: readonly HistoryEntry[]): HTMLElement {
  if (entries.length === 0) {
    return element('p', { className: 'muted', i18n: 'spot.historyEmpty' });
  }

  return element('ol', {
    className: 'history',
    testId: 'history',
    children: entries.map(entryItem),
  });
}
