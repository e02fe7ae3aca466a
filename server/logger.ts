import pino from 'pino';

/**
 * The process-wide JSON logger; requests get children with their id. Lines
 * go to `destination`, by default stdout through a buffer that is written
 * 4 kB at a time rather than once per line: one write per request costs
 * more than the rest of the log line. `flushLogs` empties it before exit.
 */
export function createLogger(
  level: string,
  destination: pino.DestinationStream = pino.destination({
    sync: false,
    minLength: 4096,
  }),
): pino.Logger {
  return pino({ level, base: { service: 'blackspot-gis' } }, destination);
}

/** Writes out what the logger still holds; call it before `process.exit`. */
export function flushLogs(logger: pino.Logger): void {
  logger.flush();
}

export type Logger = pino.Logger;
