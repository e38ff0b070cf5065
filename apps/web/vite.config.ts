import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The API (port 3000) owns everything under /api, in dev via this proxy and in production on the same origin.
const apiProxy = { '/api': { target: 'http://localhost:3000', changeOrigin: false } };

export default defineConfig({
  // Nx runs the targets from the workspace root, so pin the root to this folder.
  root: fromHere('.'),
  plugins: [react()],
  resolve: {
    // Use the workspace libs' TypeScript sources so the web build does not wait for their builds.
    alias: {
      '@resultatkedjan/contracts': fromHere('../../libs/contracts/src/index.ts'),
      '@resultatkedjan/domain': fromHere('../../libs/domain/src/index.ts'),
    },
  },
  build: { outDir: 'dist', emptyOutDir: true },
  server: { port: 5173, strictPort: true, proxy: apiProxy },
  preview: { port: 4173, strictPort: true, proxy: apiProxy },
});
