import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const meta = read('index.html').match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
const header = read('README.md').match(/^Content-Security-Policy: (.+)$/m)?.[1];
const directives = (policy = '') => new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));

describe('the Content-Security-Policy', () => {
  it('is strict about scripts and plugins', () => {
    const policy = directives(meta);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });

  it('is documented in the README as the same policy plus frame-ancestors', () => {
    const page = directives(meta);
    const served = directives(header);
    expect(served.get('frame-ancestors')).toEqual(['*']);
    served.delete('frame-ancestors');
    expect(served).toEqual(page);
  });
});

describe('the source', () => {
  const files = (readdirSync(new URL('../src', import.meta.url), { recursive: true }) as string[]).filter((f) => /\.(ts|tsx|js)$/.test(f));

  it.each(files)('%s builds no HTML from strings and evaluates no code', (file) => {
    const code = read(`src/${file}`);
    expect(code).not.toMatch(/innerHTML|outerHTML|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function\(/);
  });
});
