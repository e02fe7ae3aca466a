import type { Extent } from 'ol/extent';
import type Feature from 'ol/Feature';
import GeoJSON from 'ol/format/GeoJSON';
import { all as allStrategy } from 'ol/loadingstrategy';
import { transformExtent } from 'ol/proj';
import VectorSource, { type LoadingStrategy } from 'ol/source/Vector';

export interface ApiVectorSourceOptions {
  /** Fetches a GeoJSON FeatureCollection; `bbox` is in EPSG:4326. */
  readonly fetch: (bbox: Extent) => Promise<unknown>;
  /** Which extents to load; everything at once by default. */
  readonly strategy?: LoadingStrategy;
  readonly attributions?: string;
  /** Milliseconds before a failed extent may be requested again. */
  readonly retryDelay?: number;
}

/**
 * A vector source fed by the API. A failed load keeps its error in the
 * source's `loadError` property and fires `featuresloaderror`; the extent
 * is requested again after `retryDelay`, when the map next moves, so a
 * broken server is not asked in a loop.
 */
export function createApiVectorSource(
  options: ApiVectorSourceOptions,
): VectorSource<Feature> {
  const format = new GeoJSON<Feature>();
  const retryDelay = options.retryDelay ?? 10000;
  const source = new VectorSource<Feature>({
    strategy: options.strategy ?? allStrategy,
    attributions: options.attributions,
  });

  source.setLoader(async (extent, _resolution, projection) => {
    try {
      const bbox = transformExtent(extent, projection, 'EPSG:4326');
      const collection = await options.fetch(bbox);
      source.set('loadError', null);

      return format.readFeatures(collection, { featureProjection: projection });
    } catch (error) {
      source.set('loadError', error);
      window.setTimeout(() => source.removeLoadedExtent(extent), retryDelay);
      throw error;
    }
  });

  return source;
}
