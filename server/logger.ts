import pino from 'pino';

/** The process-wide JSON logger; requests get children with their id. */
export function createLogger(level: string): pino.Logger {
  return pino({ level, base: { service: 'blackspot-gis' } });
}

export type Logger = pino.Logger;
