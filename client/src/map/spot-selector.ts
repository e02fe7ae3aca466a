import type Feature from 'ol/Feature';
import Interaction from 'ol/interaction/Interaction';
import type MapBrowserEvent from 'ol/MapBrowserEvent';

import type { BlackSpotLayers } from './black-spot-layers';

export interface SpotSelectorOptions {
  readonly layers: BlackSpotLayers;
  /** Called with the id of the spot the user clicked or tapped. */
  readonly onSelect: (id: number) => void;
  /** Pixels around the pointer that still count as on a spot. */
  readonly hitTolerance?: number;
}

/**
 * Opens black spots by click or tap. A click on a cluster zooms in on it;
 * the map shows a pointer cursor over spots. Interactions added later, such
 * as the place picker, take clicks first.
 */
export class SpotSelector extends Interaction {
  readonly #layers: BlackSpotLayers;
  readonly #onSelect: (id: number) => void;
  readonly #hitTolerance: number;

  constructor(options: SpotSelectorOptions) {
    super();
    this.#layers = options.layers;
    this.#onSelect = options.onSelect;
    this.#hitTolerance = options.hitTolerance ?? 6;
  }

  override handleEvent(event: MapBrowserEvent): boolean {
    if (event.type === 'singleclick') {
      return this.#select(event);
    }
    if (event.type === 'pointermove' && !event.dragging) {
      const hit = this.#spotAt(event) !== null;
      event.map.getTargetElement()?.classList.toggle('over-spot', hit);
    }

    return true;
  }

  #spotAt(event: MapBrowserEvent): Feature | null {
    let found: Feature | null = null;
    event.map.forEachFeatureAtPixel(
      event.pixel,
      (feature) => {
        found = feature as Feature;

        return true;
      },
      {
        layerFilter: (layer) => this.#layers.isSpotLayer(layer),
        hitTolerance: this.#hitTolerance,
      },
    );

    return found;
  }

  #select(event: MapBrowserEvent): boolean {
    const feature = this.#spotAt(event);
    if (!feature) {
      return true;
    }

    const members = feature.get('features') as Feature[] | undefined;
    if (members && members.length > 1) {
      const view = event.map.getView();
      view.animate({
        center: event.coordinate,
        zoom: (view.getZoom() ?? 11) + 2,
      });

      return false;
    }
    const spot = members?.[0] ?? feature;
    this.#onSelect(Number(spot.getId()));

    return false;
  }
}
