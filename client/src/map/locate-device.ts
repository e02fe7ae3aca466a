import type { Coordinate } from 'ol/coordinate';
import Geolocation, { type GeolocationError } from 'ol/Geolocation';
import type { ProjectionLike } from 'ol/proj';

/** Why the device position could not be found. */
export type LocateFailure = 'denied' | 'unavailable';

/**
 * Asks the device for its position once and resolves with it in the given
 * projection; rejects with a {@link LocateFailure} when the user denies
 * access, there is no fix in time, or the browser has no geolocation.
 */
export function locateDevice(
  projection: ProjectionLike,
  timeout = 15000,
): Promise<Coordinate> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) {
      reject('unavailable' satisfies LocateFailure);

      return;
    }
    const geolocation = new Geolocation({
      projection,
      trackingOptions: { enableHighAccuracy: true, timeout, maximumAge: 0 },
    });
    const finish = () => {
      geolocation.setTracking(false);
      geolocation.dispose();
    };

    geolocation.once('change:position', () => {
      const position = geolocation.getPosition();
      finish();
      if (position) {
        resolve(position);
      } else {
        reject('unavailable' satisfies LocateFailure);
      }
    });
    geolocation.once('error', (event: GeolocationError) => {
      finish();
      reject(
        (event.code === 1 ? 'denied' : 'unavailable') satisfies LocateFailure,
      );
    });
    geolocation.setTracking(true);
  });
}
