import type { Coordinate } from 'ol/coordinate';
import type { EventsKey } from 'ol/events';
import type BaseEvent from 'ol/events/Event';
import Feature from 'ol/Feature';
import Point from 'ol/geom/Point';
import Interaction from 'ol/interaction/Interaction';
import VectorLayer from 'ol/layer/Vector';
import type Map from 'ol/Map';
import type MapBrowserEvent from 'ol/MapBrowserEvent';
import type { ObjectEvent } from 'ol/Object';
import type { Types as ObjectEventTypes } from 'ol/ObjectEventType';
import type {
  CombinedOnSignature,
  EventTypes,
  OnSignature,
} from 'ol/Observable';
import VectorSource from 'ol/source/Vector';
import CircleStyle from 'ol/style/Circle';
import Fill from 'ol/style/Fill';
import Stroke from 'ol/style/Stroke';
import Style from 'ol/style/Style';

type PlacePickerEventTypes =
  ObjectEventTypes | 'change:active' | 'change:coordinate';

type PlacePickerOnSignature<Return> = OnSignature<
  EventTypes,
  BaseEvent,
  Return
> &
  OnSignature<PlacePickerEventTypes, ObjectEvent, Return> &
  CombinedOnSignature<EventTypes | PlacePickerEventTypes, Return>;

const markerStyle = [
  new Style({
    image: new CircleStyle({
      radius: 16,
      stroke: new Stroke({ color: 'rgba(33, 37, 41, 0.8)', width: 2 }),
      fill: new Fill({ color: 'rgba(255, 255, 255, 0.35)' }),
    }),
  }),
  new Style({
    image: new CircleStyle({
      radius: 5,
      fill: new Fill({ color: '#212529' }),
      stroke: new Stroke({ color: '#ffffff', width: 2 }),
    }),
  }),
];

/**
 * An interaction that lets the user mark one place by clicking or tapping
 * the map, drawn as a target marker. While active it takes every single
 * click, so spots are not selected underneath. The place is the observable
 * `coordinate` property, in the view projection.
 */
export class PlacePicker extends Interaction {
  declare on: PlacePickerOnSignature<EventsKey>;
  declare once: PlacePickerOnSignature<EventsKey>;
  declare un: PlacePickerOnSignature<void>;
  readonly #marker = new Feature<Point>();
  readonly #layer = new VectorLayer({
    source: new VectorSource({ features: [this.#marker] }),
    style: markerStyle,
    zIndex: 100,
  });

  constructor() {
    super();
    this.setActive(false);
    this.on('change:active', () => this.#updateCursor());
  }

  override handleEvent(event: MapBrowserEvent): boolean {
    if (event.type !== 'singleclick') {
      return true;
    }
    this.setCoordinate(event.coordinate);

    return false;
  }

  override setMap(map: Map | null): void {
    super.setMap(map);
    this.#layer.setMap(map);
    this.#updateCursor();
  }

  getCoordinate(): Coordinate | null {
    return (this.get('coordinate') as Coordinate | undefined) ?? null;
  }

  setCoordinate(coordinate: Coordinate | null): void {
    this.#marker.setGeometry(coordinate ? new Point(coordinate) : undefined);
    this.set('coordinate', coordinate);
  }

  #updateCursor(): void {
    const target = this.getMap()?.getTargetElement();
    target?.classList.toggle('picking-place', this.getActive());
  }
}
