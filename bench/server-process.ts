import { readConfig } from '../server/config';
import { createLogger, flushLogs } from '../server/logger';
import { servePlatform } from '../server/serve';

/**
 * The real server as a child of the bench: started like `server/main.ts`
 * from the environment, on 127.0.0.1 and a free port it sends back over
 * IPC. SIGTERM closes it.
 */
async function main(): Promise<void> {
  const config = { ...readConfig(), host: '127.0.0.1', port: 0 };
  const logger = createLogger(config.logLevel);
  const running = await servePlatform(config, logger);

  process.on('SIGTERM', () => {
    void running.stop().then(() => {
      flushLogs(logger);
      process.exit(0);
    });
  });
  process.send?.({ port: running.port });
}

main().catch((error: unknown) => {
  process.stderr.write(`Bench server failed: ${String(error)}\n`);
  process.exit(1);
});
