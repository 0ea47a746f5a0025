/**
 * The folders are the architecture (STYLE.md): imports flow core ← text ← domains ← adapters, cli.
 * No domain imports another domain (the country packs jordan, uae and ksa share only what core and text
 * hold), nothing imports cli, and there are no import cycles.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(import.meta.dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g;

function importsOf(file: string, runtimeOnly = false): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const spec = match[1] ?? match[2];
    // Type-only imports vanish at run time, so they cannot form a load cycle.
    if (runtimeOnly && /^\s*(?:import|export) type\s/.test(match[0].trimStart())) continue;
    if (spec?.startsWith('.')) found.push(resolve(dirname(file), spec).replace(/\.js$/, '.ts'));
  }
  return found;
}

function layerOf(file: string): string {
  const rel = relative(src, file);
  if (rel === 'index.ts') return 'index';
  return rel.split('/')[0]!;
}

// Exactly STYLE's edges: core ← text ← domains ← adapters, cli. `locales` is the library's whole catalog (every
// domain's messages and the CLI's texts), so it sits with the entry points above the domains.
const DOMAINS = ['content', 'consent', 'flood', 'jordan', 'uae', 'ksa'];
const ALLOWED: Record<string, string[]> = {
  core: ['core'],
  text: ['core', 'text'],
  ...Object.fromEntries(DOMAINS.map((domain) => [domain, ['core', 'text', domain]])),
  adapters: ['core', 'text', 'adapters'],
  locales: ['core', 'text', ...DOMAINS, 'locales'],
  cli: ['core', 'text', ...DOMAINS, 'adapters', 'locales', 'cli'],
  index: ['core', 'text', 'content', 'consent', 'flood', 'locales'],
};

const all = files(src);
const graph = new Map(all.map((file) => [file, importsOf(file)]));
const runtimeGraph = new Map(all.map((file) => [file, importsOf(file, true)]));

describe('layers', () => {
  it.each(all.map((file) => [relative(src, file), file]))('%s imports only from allowed layers', (_name, file) => {
    const layer = layerOf(file);
    const allowed = ALLOWED[layer];
    expect(allowed, `unknown layer ${layer}`).toBeDefined();
    for (const target of graph.get(file)!) {
      expect(allowed, `${relative(src, file)} → ${relative(src, target)}`).toContain(layerOf(target));
    }
  });

  it('has no run-time import cycles', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(src, f)).join(' → '));
        return;
      }
      state.set(file, 'visiting');
      for (const next of runtimeGraph.get(file) ?? []) if (runtimeGraph.has(next)) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of all) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it.each(['jordan', 'uae', 'ksa'])('the %s pack is a layer of its own that imports no other domain', (pack) => {
    const mine = all.filter((file) => layerOf(file) === pack);
    expect(mine.length).toBeGreaterThan(5);
    const reached = new Set(mine.flatMap((file) => graph.get(file)!.map(layerOf)));
    for (const layer of reached) expect(['core', 'text', pack], `${pack} → ${layer}`).toContain(layer);
  });

  const indexFiles = all.filter((file) => file.endsWith('/index.ts'));

  it.each(indexFiles.map((file) => [relative(src, file), file]))(
    '%s only re-exports, and no internal module',
    (_name, file) => {
      const code = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      const statements = code
        .split(';')
        .map((statement) => statement.trim())
        .filter(Boolean);
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) {
        const match = /^export (?:type )?(?:\*|\{[^}]*\}) from '([^']+)'$/.exec(statement);
        expect(match, `${relative(src, file)}: ${statement.slice(0, 80)}`).not.toBeNull();
        expect(match![1], `${relative(src, file)} re-exports an internal module`).not.toMatch(/(?:^|\/)_[^/]*$/);
      }
    },
  );
});
