import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));

describe('the layers of src/', () => {
  // A small tree shaped like src/, with one allowed import and three that break a layer.
  const tree = mkdtempSync(join(tmpdir(), 'layers-'));
  afterAll(() => rmSync(tree, { recursive: true, force: true }));
  const plant = (path: string, code: string) => {
    mkdirSync(dirname(join(tree, path)), { recursive: true });
    writeFileSync(join(tree, path), code);
  };
  plant('src/core/domain/types.ts', 'export type Year = number;\n');
  plant('src/core/domain/years.ts', "import { Slider } from '../../features/timeline/Slider';\nexport const years = [Slider];\n");
  plant('src/features/timeline/Slider.ts', "import type { Year } from '../../core/domain/types';\nexport const Slider = (y: Year) => y;\n");
  plant('src/features/map/Map.ts', "import { Slider } from '../timeline/Slider';\nexport const Map = Slider;\n");
  plant('src/features/table/Table.ts', "import { en } from '../../i18n/en';\nexport const Table = en;\n");
  plant('src/i18n/en/index.ts', 'export const en = {};\n');
  plant('tsconfig.json', '{"compilerOptions": {"module": "ESNext", "moduleResolution": "bundler"}}\n');
  copyFileSync(join(repo, '.dependency-cruiser.cjs'), join(tree, '.dependency-cruiser.cjs'));

  const violations = (() => {
    try {
      execFileSync(join(repo, 'node_modules/.bin/depcruise'), ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], {
        cwd: tree,
        encoding: 'utf8',
      });
      return [];
    } catch (failure) {
      const out = String((failure as { stdout?: string }).stdout);
      return [...out.matchAll(/error (\S+): (\S+) → (\S+)/g)].map(([, rule, from, to]) => `${rule} ${from} → ${to}`).sort();
    }
  })();

  it('fail lint on an import from core into a feature, across features, and into a language folder, and only on those', () => {
    expect(violations).toEqual([
      'core-is-pure src/core/domain/years.ts → src/features/timeline/Slider.ts',
      'features-stay-apart src/features/map/Map.ts → src/features/timeline/Slider.ts',
      'strings-through-i18n src/features/table/Table.ts → src/i18n/en/index.ts',
    ]);
  });
});

describe('the source', () => {
  it('may not build HTML from strings or evaluate code (lint)', async () => {
    const eslint = new ESLint({ cwd: repo });
    const code =
      'export function f(el: HTMLElement) {\n  el.innerHTML = "<b>x</b>";\n  el.insertAdjacentHTML("beforeend", "y");\n  return eval("1");\n}\n';
    const [result] = await eslint.lintText(code, { filePath: join(repo, 'src/shared/planted.ts') });
    expect(result!.messages.map((m) => `${m.line}:${m.ruleId}`)).toEqual(['2:no-restricted-syntax', '3:no-restricted-syntax', '4:no-eval']);
  });
});
