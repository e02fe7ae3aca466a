import type { Server } from 'node:http';

import type { Platform } from '../../server/platform';

/** Stops the server and closes the database that global setup opened. */
export default async function globalTeardown(): Promise<void> {
  const { server, platform } = (
    globalThis as unknown as {
      __platform: { server: Server; platform: Platform };
    }
  ).__platform;

  await new Promise((resolve) => server.close(resolve));
  await platform.db.destroy();
}
