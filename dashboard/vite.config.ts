import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = process.env.TECHVP_API ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  // GraphiQL's worker set-up imports Monaco files that only resolve from GraphiQL's own location
  // under pnpm's strict layout; pre-bundling would look for them from here.
  optimizeDeps: { exclude: ['graphiql'] },
  server: {
    port: 5173,
    proxy: { '/graphql': api, '/api': api, '/verify': api, '/healthz': api },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // scripts/bundle-size.mjs reads the manifest to follow the first screen's imports.
    manifest: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      onwarn(warning, warn) {
        // Dependencies' "use client" / "use no memo" directives are React hints, harmless when bundled.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      input: {
        index: resolve(__dirname, 'index.html'),
        explorer: resolve(__dirname, 'explorer.html'),
      },
    },
  },
});
