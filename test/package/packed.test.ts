/**
 * The published package: `npm pack`, install the tarball in an empty folder (without the optional peers),
 * then import every subpath from `dist` as a user would. Proves `import 'sms-policy'` needs none of
 * ioredis, pg or better-sqlite3, and that every `exports` entry resolves with types.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
  version: string;
};
const PEERS = ['ioredis', 'pg', 'better-sqlite3'];
let dir = '';

function node(script: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sms-policy-pack-'));
  const tarball = execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', dir], {
    cwd: root,
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop()!;
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--omit=peer', '--ignore-scripts', join(dir, tarball)],
    {
      cwd: dir,
      stdio: 'ignore',
      timeout: 180_000,
    },
  );
}, 240_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('ships dist, docs, package.json, README and licence files only', () => {
    const installed = join(dir, 'node_modules', 'sms-policy');
    expect(existsSync(join(installed, 'dist', 'index.js'))).toBe(true);
    expect(existsSync(join(installed, 'dist', 'index.d.ts'))).toBe(true);
    expect(existsSync(join(installed, 'src'))).toBe(false);
    expect(existsSync(join(installed, 'test'))).toBe(false);
    expect(existsSync(join(installed, 'examples'))).toBe(false);
    expect(readFileSync(join(installed, 'LICENSE'), 'utf8')).toContain('MIT License');
  });

  it('ships the page behind every help link the CLI gives for its own rules (README, docs/)', () => {
    const installed = join(dir, 'node_modules', 'sms-policy');
    const out = execFileSync(process.execPath, [join(installed, 'dist', 'cli', 'bin.js'), 'rules', '--json'], {
      cwd: dir,
      encoding: 'utf8',
    });
    const rules = JSON.parse(out) as Array<{ id: string; url: string }>;
    expect(rules.length).toBeGreaterThan(30);
    const prefix = `https://unpkg.com/sms-policy@${pkg.version}/`;
    for (const rule of rules) {
      expect(rule.url.startsWith(prefix), rule.url).toBe(true);
      expect(existsSync(join(installed, rule.url.slice(prefix.length))), rule.url).toBe(true);
    }
    expect(existsSync(join(installed, 'README.md'))).toBe(true);
  });

  it('imports `sms-policy` with none of the optional peers installed', () => {
    for (const peer of PEERS) expect(existsSync(join(dir, 'node_modules', peer))).toBe(false);
    const out = node(
      `import * as m from 'sms-policy'; console.log(typeof m.createPolicy, typeof m.countSegments, typeof m.normalize);`,
    );
    expect(out.trim()).toBe('function function function');
  });

  it('imports `sms-policy/jordan` without the peers', () => {
    const out = node(`import * as m from 'sms-policy/jordan'; console.log(Object.keys(m).length >= 0);`);
    expect(out.trim()).toBe('true');
  });

  it.each([
    ['sms-policy/redis', 'createRedisRateStore({ url: "redis://127.0.0.1:1" })', 'ioredis'],
    ['sms-policy/postgres', 'createPostgresConsentStore({ connectionString: "postgres://x@127.0.0.1:1/x" })', 'pg'],
    ['sms-policy/sqlite', 'createSqliteConsentStore({ path: ":memory:" })', 'better-sqlite3'],
  ])('%s without its peer: importing works, using it says which package to install', (subpath, call, peer) => {
    const name = call.slice(0, call.indexOf('('));
    const out = node(
      `import { ${name} } from '${subpath}'; import { MissingPeerDependencyError } from 'sms-policy';
       try { await ${call}; console.log('no error'); } catch (e) { console.log(e instanceof MissingPeerDependencyError, e.packageName, e.message); }`,
    );
    expect(out).toContain(`true ${peer} `);
    expect(out).toContain(`run npm install ${peer}`);
    expect(out).not.toContain('Cannot find package');
  });

  it.each([
    ['uae', 'uaeRules', '+971501234567', 'AD-Acme', 'uae/adv-quiet-hours', '2026-03-11T03:00:00.000Z'],
    ['ksa', 'ksaRules', '+966501234567', 'Acme-AD', 'ksa/adv-quiet-hours', '2026-03-11T06:00:00.000Z'],
  ])(
    'imports `sms-policy/%s` from dist and routes it with byCountry',
    (subpath, factory, to, senderId, ruleId, retryAt) => {
      const out = node(`
      import { byCountry, createPolicy } from 'sms-policy';
      import { ${factory} } from 'sms-policy/${subpath}';
      import { jordanRules } from 'sms-policy/jordan';
      const policy = createPolicy({ rules: [byCountry({ JO: jordanRules(), ${subpath === 'uae' ? 'AE' : 'SA'}: ${factory}() })] });
      const d = await policy.check({ account: 'a', senderId: '${senderId}', to: '${to}', kind: 'ADV',
        text: 'Sale. Reply STOP. To opt out send B to 7726', at: '2026-03-10T18:30:00Z' });
      const routedIds = policy.rules.map((r) => r.id);
      console.log(JSON.stringify({ verdict: d.verdict, retryAt: d.retryAt, ids: d.findings.map((f) => f.ruleId),
        jordanFired: d.findings.some((f) => f.ruleId.startsWith('jordan/')), hasNoPack: routedIds.includes('core/no-pack') }));
    `);
      const result = JSON.parse(out) as {
        verdict: string;
        retryAt: string;
        ids: string[];
        jordanFired: boolean;
        hasNoPack: boolean;
      };
      expect(result.verdict).toBe('defer');
      expect(result.retryAt).toBe(retryAt);
      expect(result.ids).toContain(ruleId);
      expect(result.jordanFired).toBe(false);
      expect(result.hasNoPack).toBe(true);
    },
  );

  it('declares types for every subpath', () => {
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      if (typeof target === 'string') continue;
      const types = (target as { types: string }).types;
      expect(existsSync(join(dir, 'node_modules', 'sms-policy', types)), `${subpath} → ${types}`).toBe(true);
    }
  });

  it('imports every subpath once the peers are present', () => {
    mkdirSync(join(dir, 'node_modules'), { recursive: true });
    for (const peer of PEERS) symlinkSync(join(root, 'node_modules', peer), join(dir, 'node_modules', peer), 'dir');
    const subpaths = Object.entries(pkg.exports)
      .filter(([, target]) => typeof target !== 'string')
      .map(([s]) => s)
      .map((s) => (s === '.' ? 'sms-policy' : `sms-policy/${s.slice(2)}`));
    const out = node(
      `for (const s of ${JSON.stringify(subpaths)}) { await import(s); } console.log('ok ' + ${subpaths.length});`,
    );
    expect(out.trim()).toBe(`ok ${subpaths.length}`);
  });

  it('ships the JSON Schemas for the config and templates, resolvable by their subpaths', () => {
    const out = node(
      `import { createRequire } from 'node:module'; const r = createRequire(import.meta.url); for (const s of ['sms-policy/schemas/template.schema.json', 'sms-policy/schemas/sms-policy.config.schema.json']) console.log(r(s).type ?? r(s).anyOf.length);`,
    );
    expect(out.trim().split('\n')).toEqual(['3', 'object']);
  });

  it('installs the CLI binary', () => {
    expect(existsSync(join(dir, 'node_modules', '.bin', 'sms-policy'))).toBe(true);
  });
});
