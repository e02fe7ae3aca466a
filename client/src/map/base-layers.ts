import type Feature from 'ol/Feature';
import type { FeatureLike } from 'ol/Feature';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import Fill from 'ol/style/Fill';
import Stroke from 'ol/style/Stroke';
import Style from 'ol/style/Style';
import Text from 'ol/style/Text';

import type { ApiClient } from '../api/api-client';
import { createApiVectorSource } from './api-vector-source';

/** The attribution every layer built from OpenStreetMap data must carry. */
export const OSM_ATTRIBUTION = '© OpenStreetMap contributors (ODbL)';

/** Resolutions (metres per pixel in EPSG:3857) at zooms 12 and 14. */
const RESOLUTION_ZOOM_12 = 38.22;
const RESOLUTION_ZOOM_14 = 9.56;

export interface BaseLayersOptions {
  readonly client: ApiClient;
}

/** The offline base map: district and ward boundaries and waterways. */
export interface BaseLayers {
  readonly districts: VectorLayer<VectorSource<Feature>>;
  readonly wards: VectorLayer<VectorSource<Feature>>;
  readonly waterways: VectorLayer<VectorSource<Feature>>;
}

/** A source loading one whole layer of OpenStreetMap-derived data. */
function osmSource(
  client: ApiClient,
  path: string,
  query?: Record<string, string>,
): VectorSource<Feature> {
  return createApiVectorSource({
    fetch: () => client.get(path, { query }),
    attributions: OSM_ATTRIBUTION,
  });
}

/**
 * The Vietnamese name, in both interface languages: place names are proper
 * nouns and keep their diacritics, as on street signs and in spot details.
 */
function featureName(feature: FeatureLike): string {
  const name = feature.get('name');

  return typeof name === 'string' ? name : '';
}

const districtFill = {
  quan: new Fill({ color: 'rgba(250, 248, 242, 0.92)' }),
  huyen: new Fill({ color: 'rgba(238, 244, 230, 0.92)' }),
};
const districtStroke = new Stroke({ color: '#8c7f68', width: 1.6 });
const districtText = new Text({
  font: '600 13px system-ui, sans-serif',
  fill: new Fill({ color: '#4a4235' }),
  stroke: new Stroke({ color: 'rgba(255, 255, 255, 0.9)', width: 3 }),
});

function districtStyle(feature: FeatureLike, resolution: number): Style {
  const rural = feature.get('kind') === 'huyen';
  const labelled = resolution <= RESOLUTION_ZOOM_12;
  const text = labelled ? districtText.clone() : undefined;
  text?.setText(featureName(feature));

  return new Style({
    fill: rural ? districtFill.huyen : districtFill.quan,
    stroke: districtStroke,
    text,
  });
}

const wardStroke = new Stroke({
  color: 'rgba(140, 127, 104, 0.7)',
  width: 0.8,
  lineDash: [4, 3],
});
const wardText = new Text({
  font: '11px system-ui, sans-serif',
  fill: new Fill({ color: '#6b6253' }),
  stroke: new Stroke({ color: 'rgba(255, 255, 255, 0.9)', width: 3 }),
});

function wardStyle(feature: FeatureLike, resolution: number): Style {
  const text = resolution <= RESOLUTION_ZOOM_14 ? wardText.clone() : undefined;
  text?.setText(featureName(feature));

  return new Style({ stroke: wardStroke, text });
}

const waterFill = new Fill({ color: '#a5d8ff' });
const waterEdge = new Stroke({ color: '#4dabf7', width: 1 });
const waterLine = new Stroke({ color: '#4dabf7', width: 2.5 });
const waterText = new Text({
  font: 'italic 12px system-ui, sans-serif',
  placement: 'line',
  fill: new Fill({ color: '#1864ab' }),
  stroke: new Stroke({ color: 'rgba(255, 255, 255, 0.9)', width: 3 }),
});

function waterwayStyle(feature: FeatureLike, resolution: number): Style {
  if (feature.get('kind') === 'water_area') {
    return new Style({ fill: waterFill, stroke: waterEdge });
  }
  const text = resolution <= RESOLUTION_ZOOM_12 ? waterText.clone() : undefined;
  text?.setText(featureName(feature));

  return new Style({ stroke: waterLine, text });
}

/**
 * Creates the offline base layers, loaded once from the API. Load failures
 * arrive as `featuresloaderror` events on each layer's source.
 */
export function createBaseLayers(options: BaseLayersOptions): BaseLayers {
  return {
    districts: new VectorLayer({
      source: osmSource(options.client, '/api/admin-units', {
        level: 'district',
      }),
      style: districtStyle,
      declutter: 'labels',
      zIndex: 1,
      properties: { name: 'districts', titleKey: 'layers.districts' },
    }),
    wards: new VectorLayer({
      source: osmSource(options.client, '/api/admin-units', { level: 'ward' }),
      style: wardStyle,
      declutter: 'labels',
      minZoom: 12,
      zIndex: 2,
      properties: {
        name: 'wards',
        titleKey: 'layers.wards',
        hintKey: 'layers.wardsHint',
      },
    }),
    waterways: new VectorLayer({
      source: osmSource(options.client, '/api/waterways'),
      style: waterwayStyle,
      declutter: 'labels',
      zIndex: 3,
      properties: { name: 'waterways', titleKey: 'layers.waterways' },
    }),
  };
}
