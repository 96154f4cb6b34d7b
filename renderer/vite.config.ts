// Builds the renderer into dist/renderer. Relative asset URLs (base './') let the same build load
// over the loopback host and from file:// in the Electron window.
import { defineConfig } from 'vite';

// Vite defines __dirname for the config file it bundles, whatever the package's module type.
export default defineConfig({
  root: __dirname,
  base: './',
  // No React plugin is installed; esbuild's automatic JSX runtime compiles the TSX.
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: `${__dirname}/../dist/renderer`,
    emptyOutDir: true,
    // Every supported browser has native module preloading; the polyfill would only add code.
    modulePreload: { polyfill: false },
    sourcemap: true,
    // One bundle read from disk or loopback, never over a network: its size is not a download cost.
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      onwarn(warning, warn) {
        // zod ships `@__PURE__` comments Rollup cannot place; harmless, and noise in every build.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
        warn(warning);
      },
    },
  },
});
