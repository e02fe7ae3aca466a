import TileLayer from 'ol/layer/Tile';
import XYZ from 'ol/source/XYZ';

import type { ClientConfig } from '../api/api-types';

/**
 * The optional online base map, offered only when the deployment
 * configures a tile URL. It starts hidden: the map works offline.
 */
export function createOnlineTileLayer(
  config: ClientConfig,
): TileLayer<XYZ> | null {
  if (!config.tileUrl) {
    return null;
  }

  return new TileLayer({
    source: new XYZ({
      url: config.tileUrl,
      attributions: config.tileAttribution ?? undefined,
      maxZoom: 19,
    }),
    visible: false,
    opacity: 0.85,
    zIndex: 0,
    properties: { name: 'online-tiles', titleKey: 'layers.tiles' },
  });
}
