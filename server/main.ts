import type { Server } from 'node:http';

import { createApp } from './app';
import { readConfig } from './config';
import { createLogger } from './logger';
import { preparePlatform } from './platform';

/** Starts the platform: prepares the database, then serves HTTP. */
async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  const platform = await preparePlatform(config, logger);
  const app = createApp({
    db: platform.db,
    config,
    logger,
    sessionSecret: platform.sessionSecret,
  });

  const server: Server = app.listen(config.port, config.host, () => {
    logger.info(
      {
        url: `http://${config.host}:${config.port}/`,
        backend: platform.backend,
      },
      'black-spot GIS is listening',
    );
    process.stdout.write(
      `\nOpen http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}/ in a browser.\n\n`,
    );
  });

  const stop = () => {
    logger.info('shutting down');
    server.close(() => {
      void platform.db.destroy().then(() => process.exit(0));
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Start failed: ${String((error as Error)?.stack ?? error)}\n`,
  );
  process.exit(1);
});
