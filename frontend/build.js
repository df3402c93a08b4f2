// Bundles the script layer with esbuild: src/app.js plus the chunks it imports on demand (the editor),
// written where Maven picks them up as static resources (see pom.xml and docs/adr/0005-frontend-build.md).
// `node build.js <outdir> --watch` rebuilds on every save, for use beside ./mvnw quarkus:dev.
import { build, context } from 'esbuild';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

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

// --- The service worker (docs/adr/0014-installable-app-shell.md) ---------------------------------------------------
// Its own bundle (a classic worker script, no imports at run time), served at /sw.js by web.AppShellResource.
// It precaches the app shell: the entry script and CSS, chunks small enough to be worth it (not the editor), the
// icons and the offline page. Its cache is named after a hash of exactly those files, so every deploy that changes
// one of them gets a new worker (the browser compares /sw.js byte for byte) and a fresh cache.
const SMALL_CHUNK = 20 * 1024;
const STATIC_FROM_SRC = /\.(css|svg|png)$/; // copied by Maven from src/ to /static/ as they are

function shellFiles() {
  const files = new Map(); // URL -> file on disk
  const walk = (dir, base, take) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file, `${base}${entry.name}/`, take);
      else if (take(entry.name, file, base)) files.set(`/static/${base}${entry.name}`, file);
    }
  };
  walk(outdir, '', (name, file, base) => /\.(js|css)$/.test(name) && name !== 'sw.js'
    && (base === '' || fs.statSync(file).size <= SMALL_CHUNK));
  walk('src', '', (name) => STATIC_FROM_SRC.test(name));
  return files;
}

async function buildServiceWorker() {
  const files = shellFiles();
  const hash = createHash('sha256');
  for (const [url, file] of [...files].sort(([a], [b]) => a.localeCompare(b))) hash.update(url).update(fs.readFileSync(file));
  for (const source of ['src/service-worker.js', 'src/shell-cache.js']) hash.update(fs.readFileSync(source));
  const version = watch ? `dev-${Date.now()}` : hash.digest('hex').slice(0, 16);
  await build({
    entryPoints: ['src/service-worker.js'],
    bundle: true,
    format: 'iife',
    minify: !watch,
    target: ['es2022'],
    outfile: path.join(outdir, 'sw.js'),
    define: { SHELL_VERSION: JSON.stringify(version), SHELL_FILES: JSON.stringify([...files.keys(), '/offline'].sort()) },
    logLevel: 'info',
  });
}
await buildServiceWorker();
