/**
 * The built binary (`node dist/cli/bin.js`), spawned as users run it. Format and exit-code details are
 * covered at the main() level with rules defined in the tests; these check the shipped executable.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce } from './_build.js';
import { sarifProblems } from './_sarif.js';
import { CLEAN_YAML, tempDir } from './_helpers.js';

let bin: string;
let dir: string;
let cleanup: () => void;

beforeAll(() => {
  bin = buildOnce();
  ({ dir, cleanup } = tempDir({
    'clean.yaml': CLEAN_YAML,
    'broken.yaml': 'id: a\nkind: SRV\n  text: [unclosed\n',
    'bad-kind.json': JSON.stringify({ id: 'x', kind: 'PROMO', senderId: 'A', text: 'hi' }),
    'r.csv': 'to,name\n0791000001,Sara\n0791000002,Omar\n',
  }));
}, 120_000);
afterAll(() => cleanup?.());

function sms(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    ...(input === undefined ? {} : { input }),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('sms-policy binary', () => {
  it('--help prints usage and exits 0', () => {
    const result = sms(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('sms-policy check <files|dirs|globs...>');
  });

  it('--version prints the package version', () => {
    expect(sms(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each([
    ['no command', []],
    ['unknown command', ['frobnicate']],
    ['unknown option', ['check', 'clean.yaml', '--nope']],
    ['bad format', ['check', 'clean.yaml', '--format', 'pdf']],
    ['nothing matches', ['check', 'missing/*.yaml']],
  ])('usage error (%s) → exit 2 with a message on stderr', (_name, args) => {
    const result = sms(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/error: /);
  });

  it.each([
    ['broken.yaml', /broken\.yaml:\d+:\d+: invalid YAML/],
    ['bad-kind.json', /bad-kind\.json:1:\d+: invalid template: kind/],
  ])('malformed %s → exit 2 naming the file and the problem', (file, pattern) => {
    const result = sms(['check', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(pattern);
  });

  it('a clean template → exit 0; json parses', () => {
    const result = sms(['check', 'clean.yaml', '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.files[0].templates[0]).toMatchObject({ id: 'clean-en', decision: { verdict: 'allow' } });
  });

  it('sarif output is valid', () => {
    const result = sms(['check', 'clean.yaml', '--format', 'sarif']);
    expect(result.code).toBe(0);
    expect(sarifProblems(JSON.parse(result.stdout))).toEqual([]);
  });

  it.each(['junit', 'github', 'text'])('%s output is produced', (format) => {
    const result = sms(['check', 'clean.yaml', '--format', format]);
    expect(result.code).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(0);
  });

  it('--locale ar prints Arabic', () => {
    const result = sms(['check', 'clean.yaml', '--locale', 'ar']);
    expect(result.stdout).toMatch(/قالب في \d+ ملف/);
  });

  it('rules --json prints an array', () => {
    const result = sms(['rules', '--json']);
    expect(result.code).toBe(0);
    expect(Array.isArray(JSON.parse(result.stdout))).toBe(true);
  });

  it('simulate completes with exit 0 and the contract JSON', () => {
    const template = 'id: t\nkind: SRV\nsenderId: Acme\ntext: "Hi {{name}}"\nvariables:\n  name: { example: Sara }\n';
    const { dir: d, cleanup: c } = tempDir({
      't.yaml': template,
      'r.csv': 'to,name\n0791000001,Sara\n0791000002,Omar\n',
    });
    try {
      const result = spawnSync(process.execPath, [bin, 'simulate', '-t', 't.yaml', '-r', 'r.csv', '--json'], {
        cwd: d,
        encoding: 'utf8',
      });
      expect(result.status).toBe(0);
      const summary = JSON.parse(result.stdout);
      expect(summary.total).toBe(2);
      expect(Object.keys(summary.verdicts).sort()).toEqual(['allow', 'defer', 'deny', 'review']);
      expect(summary.segments.total).toBe(2);
    } finally {
      c();
    }
  });
});
