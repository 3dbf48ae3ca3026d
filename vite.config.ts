// Vite: the explorer's dev server (npm start), production build and preview, and Vitest's settings.
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // The edtf package tells date kinds apart by class name (`value.type` is the constructor's name): keep names.
    rolldownOptions: { output: { keepNames: true } },
  },
  // The import worker (src/io/import/worker.ts) parses dates with edtf too, so its bundle keeps names as well.
  worker: { format: 'es', rolldownOptions: { output: { keepNames: true } } },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'bench/**/*.test.ts'],
    environment: 'node',
    // Worker threads without a fresh module graph per file: importing the modules again for each of the 144 files
    // was 40 s of an 110 s suite. A test file therefore may not count on untouched globals (the fake IndexedDB is
    // shared): it counts what it adds, and restores what it stubs.
    pool: 'threads',
    isolate: false,
    testTimeout: 30_000,
  },
});
