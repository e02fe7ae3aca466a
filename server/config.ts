import path from 'node:path';

/** Settings read once from the environment at start. */
export interface Config {
  readonly port: number;
  readonly host: string;
  /** A PostgreSQL + PostGIS server; the embedded PGlite is used without it. */
  readonly databaseUrl: string | null;
  /** Where the embedded PGlite keeps its files. */
  readonly dataDir: string;
  /** Load the labelled sample data set; defaults to on for PGlite only. */
  readonly sampleData: boolean;
  readonly adminEmail: string | null;
  readonly adminPassword: string | null;
  /** An online XYZ tile source for the map; the map works without one. */
  readonly tileUrl: string | null;
  readonly tileAttribution: string | null;
  /** Cookies need HTTPS when true; off for plain-HTTP local use and tests. */
  readonly secureCookies: boolean;
  readonly logLevel: string;
  readonly clientDir: string;
  /** How many open claims one union may hold at once. */
  readonly maxOpenClaimsPerUnion: number;
}

/** Reads the configuration from `env`, with a default for everything. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || null;

  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl,
    dataDir: path.resolve(env.DATA_DIR ?? 'data'),
    sampleData: flag(env.SAMPLE_DATA) ?? databaseUrl === null,
    adminEmail: env.ADMIN_EMAIL || null,
    adminPassword: env.ADMIN_PASSWORD || null,
    tileUrl: env.TILE_URL || null,
    tileAttribution: env.TILE_ATTRIBUTION || null,
    secureCookies: flag(env.SECURE_COOKIES) ?? false,
    logLevel: env.LOG_LEVEL ?? 'info',
    clientDir: path.resolve(env.CLIENT_DIR ?? 'dist/client'),
    maxOpenClaimsPerUnion: Number(env.MAX_OPEN_CLAIMS_PER_UNION ?? 3),
  };
}

function flag(value: string | undefined): boolean | null {
  if (value === undefined || value === '') {
    return null;
  }

  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}
