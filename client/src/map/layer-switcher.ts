import Control from 'ol/control/Control';
import type BaseLayer from 'ol/layer/Base';

import { BLACK_SPOT_STATUSES } from '../api/api-types';
import { element } from '../dom/element';
import { STATUS_COLORS } from './status-colors';

export interface LayerSwitcherOptions {
  /** Layers to offer, each with a `titleKey` (and optional `hintKey`). */
  readonly layers: readonly BaseLayer[];
  /** Start folded, e.g. on a phone where space is short. */
  readonly collapsed?: boolean;
  readonly target?: HTMLElement;
}

/**
 * A map control that turns layers on and off and explains the black-spot
 * colours. Its text uses catalogue keys, so a language switch only needs
 * `translate()` on the document.
 */
export class LayerSwitcher extends Control {
  readonly #body: HTMLElement;
  readonly #toggle: HTMLButtonElement;

  constructor(options: LayerSwitcherOptions) {
    const root = element('div', {
      className: 'layer-switcher ol-unselectable ol-control',
      testId: 'layer-switcher',
    });
    super({ element: root, target: options.target });

    this.#toggle = element('button', {
      className: 'layer-switcher-toggle',
      testId: 'layer-switcher-toggle',
      attributes: { type: 'button', 'aria-expanded': 'true' },
      i18nAttributes: { title: 'legend.toggle', 'aria-label': 'legend.toggle' },
      children: [element('span', { className: 'icon-layers' })],
      onClick: () => this.setCollapsed(!this.isCollapsed()),
    });
    this.#body = element('div', {
      className: 'layer-switcher-body',
      children: [
        element('h2', { i18n: 'layers.title' }),
        element('ul', {
          className: 'layer-list',
          children: options.layers.map((layer) => this.#layerItem(layer)),
        }),
        element('h2', { i18n: 'legend.title' }),
        legendList(),
      ],
    });
    root.append(this.#toggle, this.#body);
    this.setCollapsed(options.collapsed ?? false);
  }

  isCollapsed(): boolean {
    return this.#body.hidden;
  }

  setCollapsed(collapsed: boolean): void {
    this.#body.hidden = collapsed;
    this.#toggle.setAttribute('aria-expanded', String(!collapsed));
    this.element?.classList.toggle('collapsed', collapsed);
  }

  #layerItem(layer: BaseLayer): HTMLElement {
    const name = String(layer.get('name'));
    const checkbox = element('input', {
      testId: `layer-toggle-${name}`,
      attributes: { type: 'checkbox' },
    });
    checkbox.checked = layer.getVisible();
    checkbox.addEventListener('change', () =>
      layer.setVisible(checkbox.checked),
    );
    layer.on('change:visible', () => {
      checkbox.checked = layer.getVisible();
    });
    const hintKey = layer.get('hintKey') as string | undefined;

    return element('li', {
      children: [
        element('label', {
          className: 'check',
          children: [
            checkbox,
            element('span', {
              className: 'layer-name',
              children: [
                element('span', { i18n: String(layer.get('titleKey')) }),
                hintKey &&
                  element('small', { className: 'hint', i18n: hintKey }),
              ],
            }),
          ],
        }),
      ],
    });
  }
}

function legendList(): HTMLElement {
  const items = BLACK_SPOT_STATUSES.map((status) => {
    const swatch = element('span', { className: 'swatch' });
    swatch.style.backgroundColor = STATUS_COLORS[status];

    return element('li', {
      testId: `legend-${status}`,
      children: [swatch, element('span', { i18n: `status.${status}` })],
    });
  });
  const cluster = element('li', {
    children: [
      element('span', { className: 'swatch swatch-cluster', text: '5' }),
      element('span', { i18n: 'legend.cluster' }),
    ],
  });

  return element('ul', {
    className: 'legend',
    testId: 'legend',
    children: [...items, cluster],
  });
}
