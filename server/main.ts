import { readConfig } from './config';
import { createLogger, flushLogs } from './logger';
import { servePlatform } from './serve';

/** Starts the platform: prepares the database, then serves HTTP. */
async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  const running = await servePlatform(config, logger);
  const host = config.host === '0.0.0.0' ? 'localhost' : config.host;

  logger.info(
    {
      url: `http://${config.host}:${running.port}/`,
      backend: running.platform.backend,
    },
    'black-spot GIS is listening',
  );
  process.stdout.write(
    `\nOpen http://${host}:${running.port}/ in a browser.\n\n`,
  );

  const stop = () => {
    logger.info('shutting down');
    void running.stop().then(() => {
      flushLogs(logger);
      process.exit(0);
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
