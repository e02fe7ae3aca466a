import type { FeatureLike } from 'ol/Feature';
import CircleStyle from 'ol/style/Circle';
import Fill from 'ol/style/Fill';
import Stroke from 'ol/style/Stroke';
import Style from 'ol/style/Style';
import Text from 'ol/style/Text';

import { statusColor } from './status-colors';

const WHITE = '#ffffff';

/** Hex colour with an alpha channel, e.g. for polygon fills. */
function withAlpha(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.slice(1), 16);

  return `rgba(${value >> 16}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`;
}

const pointStyles = new Map<string, Style>();

function pointStyle(status: string, severity: number): Style {
  const key = `${status}:${severity}`;
  let style = pointStyles.get(key);
  if (!style) {
    style = new Style({
      image: new CircleStyle({
        radius: 6 + Math.min(Math.max(severity, 1), 5),
        fill: new Fill({ color: statusColor(status) }),
        stroke: new Stroke({ color: WHITE, width: 2 }),
      }),
      zIndex: status === 'rejected' ? 0 : 1,
    });
    pointStyles.set(key, style);
  }

  return style;
}

const shapeStyles = new Map<string, Style>();

function shapeStyle(status: string): Style {
  let style = shapeStyles.get(status);
  if (!style) {
    const color = statusColor(status);
    style = new Style({
      fill: new Fill({ color: withAlpha(color, 0.35) }),
      stroke: new Stroke({ color, width: 4 }),
    });
    shapeStyles.set(status, style);
  }

  return style;
}

/** Style for one black spot, drawn as a point, line or polygon. */
export function blackSpotStyle(feature: FeatureLike): Style {
  const status = String(feature.get('status'));
  const type = feature.getGeometry()?.getType();

  if (type === 'Point' || type === 'MultiPoint') {
    return pointStyle(status, Number(feature.get('severity')) || 1);
  }

  return shapeStyle(status);
}

/** Style for the point layer: skips lines and polygons. */
export function pointOnlyStyle(feature: FeatureLike): Style | undefined {
  const type = feature.getGeometry()?.getType();

  return type === 'Point' ? blackSpotStyle(feature) : undefined;
}

/** Style for the shape layer: skips points, which are drawn elsewhere. */
export function shapeOnlyStyle(feature: FeatureLike): Style | undefined {
  const type = feature.getGeometry()?.getType();

  return type === 'Point' ? undefined : blackSpotStyle(feature);
}

/** The status most of a cluster's spots have; ties go to the first seen. */
function dominantStatus(features: readonly FeatureLike[]): string {
  const counts = new Map<string, number>();
  let best = '';
  let bestCount = 0;
  for (const feature of features) {
    const status = String(feature.get('status'));
    const count = (counts.get(status) ?? 0) + 1;
    counts.set(status, count);
    if (count > bestCount) {
      best = status;
      bestCount = count;
    }
  }

  return best;
}

const clusterStyles = new Map<string, Style>();

/**
 * Style for a cluster of point spots: a lone spot looks like itself; a group
 * is a larger disc with its count, coloured by its most common status.
 */
export function clusterStyle(cluster: FeatureLike): Style {
  const features = (cluster.get('features') ?? []) as FeatureLike[];
  if (features.length === 1) {
    return blackSpotStyle(features[0]);
  }

  const status = dominantStatus(features);
  const key = `${status}:${features.length}`;
  let style = clusterStyles.get(key);
  if (!style) {
    style = new Style({
      image: new CircleStyle({
        radius: Math.min(12 + Math.sqrt(features.length) * 3, 30),
        fill: new Fill({ color: statusColor(status) }),
        stroke: new Stroke({ color: withAlpha(WHITE, 0.85), width: 4 }),
      }),
      text: new Text({
        text: String(features.length),
        font: 'bold 13px system-ui, sans-serif',
        fill: new Fill({ color: WHITE }),
        stroke: new Stroke({ color: 'rgba(0, 0, 0, 0.45)', width: 3 }),
      }),
      zIndex: 2,
    });
    clusterStyles.set(key, style);
  }

  return style;
}
