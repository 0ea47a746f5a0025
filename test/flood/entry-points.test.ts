/** `import 'sms-policy'` must never load ioredis; the redis entry point depends on core ports only. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

/** Every module specifier reachable from a file through static and dynamic imports. */
function reachable(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    // Comments hold @example imports; only code counts.
    const source = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    // Specifiers only: `from '…'`, `import('…')` and a bare `import '…'` (not a string such as the source 'import').
    for (const match of source.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)'([^']+)'/gm)) {
      const specifier = match[1]!;
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else packages.add(specifier);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('entry points', () => {
  it('sms-policy reaches neither ioredis nor the adapters', () => {
    const { files, packages } = reachable(resolve(root, 'index.ts'));
    expect([...packages].filter((name) => name.startsWith('ioredis'))).toEqual([]);
    expect([...files].filter((file) => file.includes('/adapters/'))).toEqual([]);
    expect([...files].some((file) => file.endsWith('flood/memory-store.ts'))).toBe(true);
  });

  it('sms-policy/redis depends on core only (plus ioredis and zod)', () => {
    const { files, packages } = reachable(resolve(root, 'adapters/redis.ts'));
    const folders = new Set([...files].map((file) => file.slice(root.length + 1).split('/')[0]));
    expect([...folders].sort()).toEqual(['adapters', 'core']);
    expect([...packages].filter((name) => !name.startsWith('node:')).sort()).toEqual(['ioredis', 'zod']);
  });
});
