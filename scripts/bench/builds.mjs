// The two builds the bench compares: the shipped one (npm run build → dist/) and a finer map
// resolution (ten times less simplification, a 0.1 px grid) built into a temporary directory.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const run = (cmd, args, env = {}) =>
  execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });

/** Builds the shipped site into dist/; `typecheck` false skips tsc (the quick bench: figures, not a check). */
export function buildShipped(typecheck = true) {
  run('npm', ['run', typecheck ? 'build' : 'build:site']);
  return join(root, 'dist');
}

/** Builds the site with a finer atlas into a temporary directory; returns that directory. */
export function buildFine() {
  const tmp = mkdtempSync(join(tmpdir(), 'nato-bench-'));
  const atlas = join(tmp, 'atlas.json');
  const dist = join(tmp, 'dist');
  // Inside node_modules so that the SSR bundle resolves react-dom.
  const ssr = join(root, 'node_modules/.prerender-finer');
  run('node', ['scripts/atlas/build.mjs'], { ATLAS_OUT: atlas, ATLAS_DETAIL: '10' });
  const env = { MAP_ATLAS: atlas, MAP_GRID: '10' };
  run('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], env);
  run('npx', ['vite', 'build', '--ssr', 'src/app/prerender/entry.tsx', '--outDir', ssr, '--emptyOutDir', '--logLevel', 'error'], env);
  run('node', ['scripts/site/build.mjs'], { SITE_DIST: dist, SITE_SSR: ssr });
  return dist;
}
