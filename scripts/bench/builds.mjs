// The builds the bench compares: the shipped one (npm run build → dist/), a finer map resolution
// (ten times less simplification, a 0.1 px grid) and, for the quick bench, the shipped build with
// its home page only; the last two are built into temporary directories, leaving dist/ alone.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const run = (cmd, args, env = {}) =>
  execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });

/** Builds the shipped site into dist/, type-checked first as `npm run build` does. */
export function buildShipped() {
  run('npm', ['run', 'build']);
  return join(root, 'dist');
}

/** Builds the app and a site into a temporary directory; returns that directory. */
function buildElsewhere(name, env, siteEnv = {}) {
  const dist = join(mkdtempSync(join(tmpdir(), 'nato-bench-')), 'dist');
  // Inside node_modules so that the SSR bundle resolves react-dom.
  const ssr = join(root, `node_modules/.prerender-${name}`);
  const vite = ['vite', 'build', '--configLoader', 'runner', '--logLevel', 'error'];
  run('npx', [...vite, '--outDir', dist, '--emptyOutDir'], env);
  run('npx', [...vite, '--ssr', 'src/app/prerender/entry.tsx', '--outDir', ssr, '--emptyOutDir'], env);
  run('node', ['scripts/site/build.mjs'], { ...env, ...siteEnv, SITE_DIST: dist, SITE_SSR: ssr });
  return dist;
}

/** The shipped app with its home page only (no type-check, no year pages or previews): the quick bench. */
export const buildQuick = () => buildElsewhere('quick', {}, { SITE_HOME_ONLY: '1' });

/** The site with a finer atlas. */
export function buildFine() {
  const atlas = join(mkdtempSync(join(tmpdir(), 'nato-atlas-')), 'atlas.json');
  run('node', ['scripts/atlas/build.mjs'], { ATLAS_OUT: atlas, ATLAS_DETAIL: '10' });
  return buildElsewhere('finer', { MAP_ATLAS: atlas, MAP_GRID: '10' });
}
