import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { type AppDependencies, createApp } from './app';
import type { Config } from './config';
import type { Logger } from './logger';
import { type Platform, preparePlatform } from './platform';

export interface RunningPlatform {
  readonly platform: Platform;
  readonly server: Server;
  /** The port the server listens on: the configured one, or a free one. */
  readonly port: number;
  /** Stops taking requests, then closes the database. */
  stop(): Promise<void>;
}

/**
 * Prepares the platform and serves it over HTTP on `config.host` and
 * `config.port` (0 for a free port). The server, the bench and the tests
 * all start it this way.
 */
export async function servePlatform(
  config: Config,
  logger: Logger,
  options: Pick<AppDependencies, 'rateLimits'> = {},
): Promise<RunningPlatform> {
  const platform = await preparePlatform(config, logger);
  const app = createApp({
    db: platform.db,
    config,
    logger,
    sessionSecret: platform.sessionSecret,
    ...options,
  });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(config.port, config.host, () =>
      resolve(listening),
    );
  });

  return {
    platform,
    server,
    port: (server.address() as AddressInfo).port,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await platform.db.destroy();
    },
  };
}
