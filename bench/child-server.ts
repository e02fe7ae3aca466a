import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';

import { benchEnvironment } from './scratch-database';

export interface ChildServer {
  readonly baseUrl: string;
  readonly pid: number;
  stop(): Promise<void>;
}

const ROOT = path.resolve(__dirname, '..');
const STARTUP_TIMEOUT_MS = 60_000;

export interface ChildServerOptions {
  readonly logLevel: string;
  /** Where V8 writes the server's CPU profile when it stops, if wanted. */
  readonly cpuProfileDir?: string;
}

/**
 * Starts the real server in a child process, so it has its own event loop
 * and heap, as in production, and the load generator does not share them.
 * Its JSON log goes to /dev/null at the level asked, so the per-request
 * line costs what it costs in production; a failed start reaches stderr.
 */
export async function startChildServer(
  databaseUrl: string,
  options: ChildServerOptions,
): Promise<ChildServer> {
  const profile = options.cpuProfileDir
    ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(options.cpuProfileDir)}`]
    : [];
  const child = fork(path.join(__dirname, 'server-process.ts'), {
    cwd: ROOT,
    env: {
      ...process.env,
      ...benchEnvironment(databaseUrl),
      LOG_LEVEL: options.logLevel,
    },
    execArgv: ['--import', 'tsx', ...profile],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const port = await waitForPort(child);

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    stop: () => stopChild(child),
  };
}

function waitForPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error('the bench server did not start in time'));
    }, STARTUP_TIMEOUT_MS);

    child.once('message', (message: { port: number }) => {
      clearTimeout(timer);
      resolve(message.port);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the bench server exited with code ${code}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) {
    return Promise.resolve();
  }

  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
