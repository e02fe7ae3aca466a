import type { RunningPlatform } from '../../server/serve';

/** Stops the server and closes the database that global setup opened. */
export default async function globalTeardown(): Promise<void> {
  await (
    globalThis as unknown as { __platform: RunningPlatform }
  ).__platform.stop();
}
