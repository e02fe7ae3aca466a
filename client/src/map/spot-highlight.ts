import Feature from 'ol/Feature';
import type Geometry from 'ol/geom/Geometry';
import VectorLayer from 'ol/layer/Vector';
import type Map from 'ol/Map';
import VectorSource from 'ol/source/Vector';
import CircleStyle from 'ol/style/Circle';
import Stroke from 'ol/style/Stroke';
import Style from 'ol/style/Style';

const ringStyle = new Style({
  image: new CircleStyle({
    radius: 18,
    stroke: new Stroke({ color: '#212529', width: 3 }),
  }),
  stroke: new Stroke({ color: '#212529', width: 7 }),
});

/**
 * Rings the spot the user opened, above the other layers. Only the outline
 * is drawn, so the spot's own colour stays visible.
 */
export class SpotHighlight {
  readonly #feature = new Feature<Geometry>();
  readonly #layer = new VectorLayer({
    source: new VectorSource({ features: [this.#feature] }),
    style: ringStyle,
    zIndex: 90,
  });

  setMap(map: Map | null): void {
    this.#layer.setMap(map);
  }

  show(geometry: Geometry | null): void {
    this.#feature.setGeometry(geometry?.clone());
  }
}
