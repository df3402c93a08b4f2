// Bundles the script layer with esbuild: src/app.js plus the chunks it imports on demand (the editor),
// written where Maven picks them up as static resources (see pom.xml and docs/adr/0005-frontend-build.md).
import { build } from 'esbuild';

const outdir = process.argv[2] || '../target/frontend';

await build({
  entryPoints: ['src/app.js'],
  bundle: true,
  format: 'esm',
  splitting: true,
  minify: true,
  sourcemap: 'linked',
  target: ['es2022'],
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'info',
});
