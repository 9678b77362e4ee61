import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run dev` proxies to the API on PORT (default 3000); BRANDROOM_API_URL points elsewhere.
const apiServer = process.env.BRANDROOM_API_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;

export default defineConfig({
  root: fileURLToPath(new URL('./app', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/app', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries the first screen needs, in long-cached chunks of their own; page code stays lazy.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, tags: ['$initial'], priority: 3 },
            { name: 'mantine', test: /node_modules[\\/]@mantine[\\/]/, tags: ['$initial'], priority: 2 },
            { name: 'vendor', test: /node_modules[\\/]/, tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      // Only the API itself: /api/client.ts and friends are the app's own sources. The Host header is
      // kept so that addresses the server builds (OAuth return) come back through Vite.
      '/api/v1': { target: apiServer, changeOrigin: false },
      '/healthz': apiServer,
      '/readyz': apiServer,
    },
  },
});
