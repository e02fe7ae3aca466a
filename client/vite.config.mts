import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vite';

const clientRoot = fileURLToPath(new URL('.', import.meta.url));
const apiServer = 'http://127.0.0.1:3000';

/**
 * Builds the web client into `dist/client`, which the server serves at `/`.
 * In development, `/api` and `/health` are proxied to the local server.
 */
export default defineConfig({
  root: clientRoot,
  base: '/',
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    proxy: {
      '/api': apiServer,
      '/health': apiServer,
    },
  },
});
