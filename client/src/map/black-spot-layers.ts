import type { Extent } from 'ol/extent';
import type Feature from 'ol/Feature';
import type Point from 'ol/geom/Point';
import LayerGroup from 'ol/layer/Group';
import VectorLayer from 'ol/layer/Vector';
import { bbox as bboxStrategy } from 'ol/loadingstrategy';
import Cluster from 'ol/source/Cluster';
import type VectorSource from 'ol/source/Vector';

import type { BlackSpotApi } from '../api/black-spot-api';
import { createApiVectorSource } from './api-vector-source';
import {
  clusterStyle,
  pointOnlyStyle,
  shapeOnlyStyle,
} from './black-spot-style';

/** Below this zoom, point spots are drawn in clusters. */
export const CLUSTER_MAX_ZOOM = 15;

export interface BlackSpotLayersOptions {
  readonly api: BlackSpotApi;
  /** Pixel distance within which points are clustered. */
  readonly clusterDistance?: number;
}

/**
 * The black-spot layers of the map, all fed by one source that loads the
 * visible area from the API: clustered points when zoomed out, single
 * points when zoomed in, and lines and polygons in a layer of their own.
 */
export class BlackSpotLayers {
  readonly source: VectorSource<Feature>;
  readonly clusterLayer: VectorLayer<Cluster<Feature>>;
  readonly pointLayer: VectorLayer<VectorSource<Feature>>;
  readonly shapeLayer: VectorLayer<VectorSource<Feature>>;
  readonly group: LayerGroup;

  constructor(options: BlackSpotLayersOptions) {
    this.source = createApiVectorSource({
      strategy: bboxStrategy,
      fetch: (bbox) => options.api.list({ bbox: clampToWorld(bbox) }),
    });

    this.clusterLayer = new VectorLayer({
      source: new Cluster({
        source: this.source,
        distance: options.clusterDistance ?? 40,
        geometryFunction: (feature) => {
          const geometry = feature.getGeometry();

          return geometry?.getType() === 'Point' ? (geometry as Point) : null;
        },
      }),
      style: clusterStyle,
      maxZoom: CLUSTER_MAX_ZOOM,
      properties: { name: 'black-spot-clusters' },
    });
    this.pointLayer = new VectorLayer({
      source: this.source,
      style: pointOnlyStyle,
      minZoom: CLUSTER_MAX_ZOOM,
      properties: { name: 'black-spot-points' },
    });
    this.shapeLayer = new VectorLayer({
      source: this.source,
      style: shapeOnlyStyle,
      properties: { name: 'black-spot-shapes' },
    });
    this.group = new LayerGroup({
      layers: [this.shapeLayer, this.clusterLayer, this.pointLayer],
      zIndex: 20,
      properties: { titleKey: 'layers.blackSpots', name: 'black-spots' },
    });
  }

  /** Drops every loaded spot and loads the visible area again. */
  refresh(): void {
    this.source.refresh();
  }

  /** The loaded spot with this id, if it is in view. */
  getSpot(id: number): Feature | null {
    return this.source.getFeatureById(id);
  }

  /** Whether a layer is one of the black-spot layers. */
  isSpotLayer(layer: unknown): boolean {
    return (
      layer === this.clusterLayer ||
      layer === this.pointLayer ||
      layer === this.shapeLayer
    );
  }
}

/** Keeps a requested bbox within valid longitude and latitude ranges. */
function clampToWorld(extent: Extent): Extent {
  return [
    Math.max(extent[0], -180),
    Math.max(extent[1], -90),
    Math.min(extent[2], 180),
    Math.min(extent[3], 90),
  ];
}
