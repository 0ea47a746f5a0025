/**
 * The built binary (`node dist/cli/bin.js`), spawned as users run it. Format and exit-code details are
 * covered at the main() level with rules defined in the tests; these check the shipped executable.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
    'violating/casino.yaml': 'id: casino\nkind: ADV\nsenderId: adv A\ntext: "Play casino tonight"\n',
    'violating/sms-policy.config.yaml': 'plugins: [./rules.mjs]\n',
    // A user rule as a plain object (what defineRule returns), loaded by the built binary from the config.
    'violating/rules.mjs': `export default [{
  id: 'acme/no-casino', stage: 'stateless',
  meta: { id: 'acme/no-casino', description: 'No casino', defaultAction: 'deny' },
  check(message, ctx) {
    const at = message.text.indexOf('casino');
    return at < 0 ? [] : [ctx.finding({ action: 'deny', messageId: 'acme.no-casino', message: 'Casino promotion', evidence: [{ span: [at, at + 6] }] })];
  },
}];\n`,
  }));
}, 120_000);
afterAll(() => cleanup?.());

function sms(args: string[], input?: string, cwd = dir) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
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
    expect(result.stdout).toContain('sms-policy check <files|dirs|globs...|->');
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

  it('a violating template → exit 1, located in every format', () => {
    const cwd = `${dir}/violating`;
    const text = sms(['check', 'casino.yaml'], undefined, cwd);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/4:13\s+deny\s+acme\/no-casino\s+Casino promotion/);
    const sarif = JSON.parse(sms(['check', '.', '--format', 'sarif'], undefined, cwd).stdout);
    expect(sarifProblems(sarif)).toEqual([]);
    const acme = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'acme/no-casino');
    expect(acme.locations[0].physicalLocation.region).toMatchObject({
      startLine: 4,
      startColumn: 13,
    });
    const github = sms(['check', '.', '--format', 'github'], undefined, cwd);
    expect(github.code).toBe(1);
    expect(github.stdout).toContain('::error file=casino.yaml,line=4,col=13,');
    const junit = sms(['check', '.', '--format', 'junit'], undefined, cwd);
    expect(junit.stdout).toContain('failures="1"');
    expect(sms(['check', '.', '--fail-on', 'deny', '--format', 'json'], undefined, cwd).code).toBe(1);
  });

  it('a repository with a workflow, a broken template and a good one: SARIF is still written, exit 2, no stack', () => {
    const { dir: d, cleanup: c } = tempDir({
      '.github/workflows/ci.yml': 'name: ci\non: [push]\njobs: {}\n',
      'tsconfig.json': '{ "compilerOptions": {} }',
      'templates/casino.yaml': 'id: casino\nkind: ADV\nsenderId: adv A\ntext: "Play casino tonight"\n',
      'templates/broken.yaml': 'id: b\nkind: SRV\nsenderId: A\ntext: [unclosed\n',
    });
    try {
      const result = sms(['check', '.', '--format', 'sarif', '--output', 'out.sarif'], undefined, d);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^error: templates\/broken\.yaml:\d+:\d+: invalid YAML/);
      expect(result.stderr).not.toMatch(/^\s+at /m);
      const log = JSON.parse(readFileSync(join(d, 'out.sarif'), 'utf8'));
      expect(sarifProblems(log)).toEqual([]);
      expect(log.runs[0].invocations[0].toolExecutionNotifications).toHaveLength(1);
      const piped = sms(
        ['check', '-', '--format', 'json'],
        'id: s\nkind: SRV\nsenderId: Acme\ntext: Your order shipped\n',
        d,
      );
      expect(piped.code).toBe(0);
      expect(JSON.parse(piped.stdout).files[0].path).toBe('<stdin>');
    } finally {
      c();
    }
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
