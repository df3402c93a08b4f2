// Bundles the script layer with esbuild: src/app.js plus the chunks it imports on demand (the editor),
// written where Maven picks them up as static resources (see pom.xml and docs/adr/0005-frontend-build.md).
// `node build.js <outdir> --watch` rebuilds on every save, for use beside ./mvnw quarkus:dev.
import { context } from 'esbuild';

const outdir = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : '../target/frontend';
const watch = process.argv.includes('--watch');

const ctx = await context({
  entryPoints: ['src/app.js'],
  bundle: true,
  format: 'esm',
  splitting: true,
  minify: !watch,
  sourcemap: 'linked',
  target: ['es2022'],
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'info',
});
if (watch) {
  await ctx.watch();
} else {
  await ctx.rebuild();
  await ctx.dispose();
}
