import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const meta = read('index.html').match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
const header = read('README.md').match(/^Content-Security-Policy: (.+)$/m)?.[1];
const directives = (policy = '') =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );

// The page's one inline script (it sends a link to another year on to that year's page).
const inline = [...read('index.html').matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the Content-Security-Policy', () => {
  it('is strict about scripts and plugins: its own files, and the one inline script by its hash', () => {
    const policy = directives(meta);
    expect(inline).toHaveLength(1);
    expect(policy.get('script-src')).toEqual(["'self'", hashOf(inline[0]!)]);
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
