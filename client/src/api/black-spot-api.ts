import type { Extent } from 'ol/extent';

import type { ApiClient } from './api-client';
import type {
  BlackSpotCollection,
  BlackSpotFeature,
  BlackSpotStatus,
  HistoryEntry,
  NewBlackSpot,
  ReportResult,
  TransitionRequest,
} from './api-types';

export interface BlackSpotQuery {
  /** minLon, minLat, maxLon, maxLat in EPSG:4326. */
  readonly bbox?: Extent;
  readonly status?: readonly BlackSpotStatus[];
  readonly limit?: number;
}

/** Rounds a coordinate to about 10 cm so that URLs stay short. */
function round(value: number): string {
  return value.toFixed(6);
}

/**
 * The black-spot endpoints of the API: listing, reading, reporting and
 * moving spots through their lifecycle.
 */
export class BlackSpotApi {
  readonly #client: ApiClient;

  constructor(client: ApiClient) {
    this.#client = client;
  }

  /** GET /api/black-spots, filtered by area and status. */
  list(
    query: BlackSpotQuery = {},
    signal?: AbortSignal,
  ): Promise<BlackSpotCollection> {
    return this.#client.get('/api/black-spots', {
      query: {
        bbox: query.bbox?.map(round),
        status: query.status,
        limit: query.limit,
      },
      signal,
    });
  }

  get(id: number): Promise<BlackSpotFeature> {
    return this.#client.get(`/api/black-spots/${id}`);
  }

  async history(id: number): Promise<HistoryEntry[]> {
    const body = await this.#client.get<{ items: HistoryEntry[] }>(
      `/api/black-spots/${id}/history`,
    );

    return body.items;
  }

  /** Spots around a place, nearest first, each with its `distanceM`. */
  nearby(
    lonLat: readonly number[],
    radius: number,
    limit = 20,
  ): Promise<BlackSpotCollection> {
    return this.#client.get('/api/black-spots/nearby', {
      query: {
        lon: round(lonLat[0]),
        lat: round(lonLat[1]),
        radius,
        limit,
      },
    });
  }

  /** Open spots within 30 m that a new report may duplicate. */
  duplicateCandidates(
    lonLat: readonly number[],
    signal?: AbortSignal,
  ): Promise<BlackSpotCollection> {
    return this.#client.get('/api/black-spots/duplicate-candidates', {
      query: { lon: round(lonLat[0]), lat: round(lonLat[1]) },
      signal,
    });
  }

  report(spot: NewBlackSpot): Promise<ReportResult> {
    return this.#client.post('/api/black-spots', { body: spot });
  }

  transition(
    id: number,
    request: TransitionRequest,
  ): Promise<BlackSpotFeature> {
    return this.#client.post(`/api/black-spots/${id}/transitions`, {
      body: request,
    });
  }
}
