/**
 * `check` on whole trees: templates found by shape, everything else skipped; --ignore and the config's ignore:;
 * symlinks never followed out of the tree; each file once; broken files as exit-2 errors that still leave the
 * full report; `check -`; bad output paths. All through main() with the test rule packs.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PACKS } from '../../src/cli/packs.js';
import { buildOnce } from './_build.js';
import { sarifProblems } from './_sarif.js';
import { CLEAN_YAML, run, tempDir, TEST_PACKS, VIOLATING_YAML } from './_helpers.js';

const STACK_LINE = /^\s+at .+[:(]/m;
const WORKFLOW =
  'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n';

let cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

function tree(files: Record<string, string>): string {
  const { dir, cleanup } = tempDir(files);
  cleanups.push(cleanup);
  return dir;
}

function json(stdout: string) {
  return JSON.parse(stdout) as {
    files: Array<{ path: string; templates: Array<{ id: string; decision: { verdict: string } }> }>;
    summary: { files: number; templates: number; errors: number; skipped: number };
    errors: Array<{ path: string; message: string; line?: number }>;
    skipped?: Array<{ path: string; reason: string }>;
  };
}

describe('check .: templates by shape, the rest skipped', () => {
  const repo = () =>
    tree({
      '.github/workflows/ci.yml': WORKFLOW,
      'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true } }),
      'package.json': JSON.stringify({ name: 'acme', version: '1.0.0' }),
      'package-lock.json': JSON.stringify({ name: 'acme', lockfileVersion: 3 }),
      'sms-policy.config.yaml': 'failOn: deny\n',
      'docs/openapi.yaml': 'openapi: 3.0.0\ninfo:\n  title: x\n',
      'templates/clean.yaml': CLEAN_YAML,
      'templates/casino.yaml': VIOLATING_YAML,
      'templates/list.json': JSON.stringify([{ id: 'j', kind: 'SRV', senderId: 'Acme', text: 'Your code is ready' }]),
      'node_modules/dep/bad.yaml': 'id: x\ntext: [unclosed\n',
    });

  it('checks only the templates; CI workflows, tsconfig, package.json, lockfiles and the config are skipped', async () => {
    const dir = repo();
    const result = await run(['check', '.', '--format', 'json'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const report = json(result.stdout);
    expect(report.files.map((f) => f.path)).toEqual([
      'templates/casino.yaml',
      'templates/clean.yaml',
      'templates/list.json',
    ]);
    expect(report.summary).toMatchObject({ files: 3, templates: 3, errors: 0, skipped: 6 });
    expect(report.skipped).toBeUndefined();
  });

  it('--verbose lists every skipped file with the reason (text on stdout, machine formats on stderr)', async () => {
    const dir = repo();
    const text = await run(['check', '.', '--verbose'], dir);
    for (const [path, reason] of [
      ['.github/workflows/ci.yml', 'not a template'],
      ['tsconfig.json', 'not a template'],
      ['package.json', 'not a template'],
      ['package-lock.json', 'a lockfile'],
      ['sms-policy.config.yaml', 'the sms-policy config file'],
      ['docs/openapi.yaml', 'not a template'],
    ]) {
      expect(text.stdout).toContain(`skipped ${path}: ${reason}`);
    }
    expect(text.stdout).not.toContain('node_modules');
    const sarif = await run(['check', '.', '--verbose', '--format', 'sarif'], dir);
    expect(sarifProblems(JSON.parse(sarif.stdout))).toEqual([]);
    expect(sarif.stderr).toContain('skipped tsconfig.json: not a template');
    const quiet = await run(['check', '.'], dir);
    expect(quiet.stdout).toContain('6 file(s) skipped');
  });

  it('--ignore (repeatable) and the config ignore: (relative to the config file) skip more', async () => {
    const dir = tree({
      'sms-policy.config.yaml': 'ignore:\n  - templates/drafts/\n',
      'templates/casino.yaml': VIOLATING_YAML,
      'templates/drafts/wip.yaml': VIOLATING_YAML.replace('casino-en', 'wip'),
      'templates/ok.yaml': CLEAN_YAML,
      'sub/x.yaml': CLEAN_YAML.replace('clean-en', 'x'),
    });
    const result = await run(['check', '.', '--format', 'json', '--verbose', '--ignore', '**/casino.yaml'], dir);
    expect(result.code).toBe(0);
    const report = json(result.stdout);
    expect(report.files.map((f) => f.path)).toEqual(['sub/x.yaml', 'templates/ok.yaml']);
    expect(report.skipped).toEqual(
      expect.arrayContaining([
        { path: 'templates/casino.yaml', reason: 'ignored (--ignore **/casino.yaml)' },
        { path: 'templates/drafts/', reason: 'ignored (sms-policy.config.yaml templates/drafts/)' },
      ]),
    );
    // From a subdirectory the config is found above, and its patterns stay relative to the config file.
    const sub = await run(['check', '../templates', '--format', 'json'], join(dir, 'sub'));
    expect(json(sub.stdout).files.map((f) => f.path)).toEqual(['../templates/casino.yaml', '../templates/ok.yaml']);
    // An explicitly named file is skipped too when ignored (what pre-commit passes).
    const named = await run(['check', 'templates/drafts/wip.yaml', '--format', 'json'], dir);
    expect(named.code).toBe(0);
    expect(json(named.stdout).summary.templates).toBe(0);
  });

  it('a glob matches below its base; a glob or path that names nothing is a usage error', async () => {
    const dir = repo();
    const glob = await run(['check', 'templates/*.yaml', '--format', 'json'], dir);
    expect(json(glob.stdout).files.map((f) => f.path)).toEqual(['templates/casino.yaml', 'templates/clean.yaml']);
    expect((await run(['check', 'nowhere/**/*.yaml'], dir)).code).toBe(2);
    expect((await run(['check', 'missing.yaml'], dir)).stderr).toContain('missing.yaml: no such file');
  });
});

describe('check: symbolic links and loops', () => {
  it('a link to / is not followed, a looped directory yields each file once, links inside the tree count once', async () => {
    const dir = tree({ 'templates/a.yaml': CLEAN_YAML, 'templates/sub/b.yaml': VIOLATING_YAML });
    symlinkSync('/', join(dir, 'templates', 'root'));
    symlinkSync('/etc/hostname', join(dir, 'templates', 'outside.yaml'));
    symlinkSync('..', join(dir, 'templates', 'sub', 'loop'));
    symlinkSync('a.yaml', join(dir, 'templates', 'a-again.yaml'));
    const started = Date.now();
    const result = await run(['check', 'templates', '--format', 'json', '--verbose'], dir);
    expect(Date.now() - started).toBeLessThan(10_000);
    const report = json(result.stdout);
    expect(report.files.map((f) => f.path)).toEqual(['templates/a.yaml', 'templates/sub/b.yaml']);
    expect(report.skipped).toEqual(
      expect.arrayContaining([
        { path: 'templates/outside.yaml', reason: 'a symbolic link to a file outside the tree being checked' },
      ]),
    );
    expect(report.summary.templates).toBe(2);
  });
});

describe('check: broken files are exit-2 errors naming the file, and the rest is still reported', () => {
  const broken = () =>
    tree({
      'templates/good.yaml': VIOLATING_YAML,
      'templates/clean.yaml': CLEAN_YAML,
      'templates/latin1.yaml': '',
      'templates/broken.yaml': 'id: b\nkind: SRV\nsenderId: A\ntext: [unclosed\n',
    });

  function writeLatin1(dir: string) {
    // "café" in Latin-1: 0xE9 is not UTF-8.
    writeFileSync(
      join(dir, 'templates/latin1.yaml'),
      Buffer.concat([
        Buffer.from('id: l\nkind: SRV\nsenderId: A\ntext: "caf'),
        Buffer.from([0xe9]),
        Buffer.from('"\n'),
      ]),
    );
  }

  it('invalid UTF-8 and a syntax error: exit 2, both named on stderr, the full report still on stdout', async () => {
    const dir = broken();
    writeLatin1(dir);
    const result = await run(['check', 'templates', '--format', 'json'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/templates\/latin1\.yaml:4:1: the file is not valid UTF-8 \(byte \d+/);
    expect(result.stderr).toMatch(/templates\/broken\.yaml:\d+:\d+: invalid YAML/);
    expect(result.stderr).not.toMatch(STACK_LINE);
    const report = json(result.stdout);
    expect(report.files.map((f) => f.path)).toEqual(['templates/clean.yaml', 'templates/good.yaml']);
    expect(report.errors.map((e) => e.path)).toEqual(['templates/broken.yaml', 'templates/latin1.yaml']);
    expect(report.files[1]!.templates[0]!.decision.verdict).toBe('deny');
  });

  it('SARIF: every other file has its results, each failure is a tool execution notification, --output written', async () => {
    const dir = broken();
    writeLatin1(dir);
    const result = await run(['check', 'templates', '--format', 'sarif', '--output', 'out.sarif'], dir);
    expect(result.code).toBe(2);
    const log = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8'));
    expect(sarifProblems(log)).toEqual([]);
    const invocation = log.runs[0].invocations[0];
    expect(invocation).toMatchObject({ executionSuccessful: false, exitCode: 2 });
    const notified = invocation.toolExecutionNotifications.map(
      (n: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
        n.locations[0]!.physicalLocation.artifactLocation.uri,
    );
    expect(notified).toEqual(['templates/broken.yaml', 'templates/latin1.yaml']);
    expect(log.runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'test/casino')).toBe(true);
  });

  it('JUnit counts the broken files as errors; github annotates them', async () => {
    const dir = broken();
    writeLatin1(dir);
    const junit = await run(['check', 'templates', '--format', 'junit'], dir);
    expect(junit.stdout).toMatch(/<testsuites name="sms-policy" tests="4" failures="1" errors="2"/);
    expect(junit.stdout).toContain('<testcase name="(file)" classname="templates/latin1.yaml"');
    const github = await run(['check', 'templates', '--format', 'github'], dir);
    expect(github.stdout).toMatch(/^::error file=templates\/broken\.yaml,line=\d+,col=\d+,title=/m);
  });

  it('a file that is not UTF-8 and not shaped like a template is skipped, not an error', async () => {
    const dir = tree({ 'data/t.yaml': CLEAN_YAML });
    writeFileSync(join(dir, 'data/blob.json'), Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    const result = await run(['check', 'data', '--format', 'json', '--verbose'], dir);
    expect(result.code).toBe(0);
    expect(json(result.stdout).skipped).toEqual([
      { path: 'data/blob.json', reason: 'not a template (not UTF-8 text)' },
    ]);
  });

  it('a UTF-16 file says so', async () => {
    const dir = tree({});
    writeFileSync(join(dir, 't.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CLEAN_YAML, 'utf16le')]));
    const result = await run(['check', 't.yaml'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('t.yaml:1:1: the file is UTF-16; template files must be UTF-8');
  });

  it('a YAML alias bomb is an exit-2 error naming the file, at once and without a stack trace', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const next = String.fromCharCode(97 + i);
      levels.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const dir = tree({
      'bomb.yaml': `${levels.join('\n')}\nid: bomb\nkind: SRV\nsenderId: A\ntext: *i\n`,
      'ok.yaml': CLEAN_YAML,
    });
    const started = Date.now();
    const result = await run(['check', '.', '--format', 'json'], dir);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bomb.yaml: YAML aliases expand too far');
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stderr).not.toContain('ReferenceError');
    expect(json(result.stdout).files.map((f) => f.path)).toEqual(['ok.yaml']);
  });

  it('a file over the maximum size (maxFileSize) is an exit-2 error naming the file', async () => {
    const dir = tree({
      'sms-policy.config.yaml': 'maxFileSize: 2048\n',
      'big.yaml': `${CLEAN_YAML}description: "${'x'.repeat(4096)}"\n`,
      'small.yaml': CLEAN_YAML.replace('clean-en', 'small'),
    });
    const result = await run(['check', '.', '--format', 'json'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('big.yaml: the file is 5 KiB, over the maximum template file size of 2 KiB');
    expect(json(result.stdout).files.map((f) => f.path)).toEqual(['small.yaml']);
  });

  it('a large file that does not look like a template (a coverage report) is skipped unread, not an error', async () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => `"src/f${i}.ts": { "lines": ${i} }`).join(',\n');
    const dir = tree({ 'coverage/coverage-final.json': `{\n${rows}\n}\n`, 't.yaml': CLEAN_YAML });
    const result = await run(['check', '.', '--format', 'json', '--verbose'], dir);
    expect(result.code).toBe(0);
    expect(json(result.stdout).skipped).toEqual([
      {
        path: 'coverage/coverage-final.json',
        reason: 'not a template (over the maximum file size, and no "text" key in its first 64 KiB)',
      },
    ]);
  });
});

describe('check -: one template from stdin', () => {
  it('reads it, reports it as <stdin> or --stdin-filename, and fails as any file would', async () => {
    const dir = tree({});
    const text = await run(['check', '-', '--format', 'json'], dir, undefined, { stdin: VIOLATING_YAML });
    expect(text.code).toBe(1);
    expect(json(text.stdout).files[0]).toMatchObject({ path: '<stdin>', templates: [{ id: 'casino-en' }] });
    const named = await run(
      ['check', '-', '--stdin-filename', 'templates/x.yaml', '--format', 'github'],
      dir,
      undefined,
      {
        stdin: VIOLATING_YAML,
      },
    );
    expect(named.stdout).toMatch(/^::error file=templates\/x\.yaml,line=4,col=\d+/m);
    const json1 = await run(['check', '-', '--format', 'json'], dir, undefined, {
      stdin: JSON.stringify({ id: 'j', kind: 'SRV', senderId: 'Acme', text: 'Hi' }),
    });
    expect(json1.code).toBe(0);
  });

  it.each([
    ['not a template', 'name: ci\non: push\n', 'expected a template'],
    ['empty', '', 'the file is empty'],
    ['broken YAML', 'id: x\ntext: [\n', 'invalid YAML'],
  ])('%s on stdin is an exit-2 error', async (_name, stdin, message) => {
    const result = await run(['check', '-'], tree({}), undefined, { stdin });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`<stdin>`);
    expect(result.stderr).toContain(message);
  });

  it('- twice is a usage error', async () => {
    expect((await run(['check', '-', '-'], tree({}), undefined, { stdin: CLEAN_YAML })).code).toBe(2);
  });
});

describe('check: output paths', () => {
  it.each([
    ['a missing directory', 'no/such/dir/out.sarif', 'no such directory'],
    ['a directory', '.', 'is a directory'],
  ])('--output to %s is an exit-2 error naming the path, before any file is read', async (_name, output, problem) => {
    const dir = tree({ 't.yaml': CLEAN_YAML });
    const result = await run(['check', 't.yaml', '--format', 'sarif', '--output', output], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`--output ${output}: ${problem}`);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('simulate --html to a missing directory is an exit-2 error naming the path', async () => {
    const dir = tree({ 't.yaml': CLEAN_YAML, 'r.csv': 'to,name\n0791000001,Sara\n' });
    const result = await run(
      ['simulate', '-t', 't.yaml', '-r', 'r.csv', '--json', '--html', 'missing/report.html'],
      dir,
      { packs: TEST_PACKS },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--html missing/report.html: cannot write the file (no such directory');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });
});

describe('check: no stack traces', () => {
  it('an unexpected error is one line that names it, without a stack', async () => {
    const packs = {
      get broken(): never {
        throw new TypeError('boom');
      },
    };
    const result = await run(['check', '.'], tree({ 't.yaml': CLEAN_YAML }), {
      packs: packs as unknown as typeof TEST_PACKS,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error: unexpected TypeError: boom (please report this as a bug)\n');
  });
});

describe('check: findings without a span point at their field', () => {
  it('jordan/adv-sender-prefix points at the senderId: line; Arabic output has Arabic action words', async () => {
    const dir = tree({ 't.yaml': 'id: t\nkind: ADV\nsenderId: LuckyWin\ntext: "Big sale. Reply STOP to 94444"\n' });
    const overrides = { packs: { jordan: PACKS.jordan! } };
    const result = await run(['check', 't.yaml', '--format', 'json'], dir, overrides);
    const findings = JSON.parse(result.stdout).files[0].templates[0].decision.findings as Array<{
      ruleId: string;
      location: { line: number; column: number; endLine: number; endColumn: number };
    }>;
    const prefix = findings.find((f) => f.ruleId === 'jordan/adv-sender-prefix')!;
    expect(prefix.location).toEqual({ line: 3, column: 1, endLine: 3, endColumn: 19 });
    const arabic = await run(['check', 't.yaml', '--locale', 'ar'], dir, overrides);
    expect(arabic.stdout).toMatch(/3:1\s+رفض\s+jordan\/adv-sender-prefix/);
    const line = arabic.stdout.split('\n').find((l) => l.includes('jordan/adv-sender-prefix'))!;
    expect(line).not.toContain('deny');
  });
});

describe('check: memory stays proportional', () => {
  let bin: string;
  beforeAll(() => {
    bin = buildOnce();
  }, 120_000);

  it('a 30 MB template is refused at once under a 64 MB heap (never read whole, never parsed)', () => {
    const dir = tree({});
    const big = join(dir, 'huge.yaml');
    mkdirSync(dir, { recursive: true });
    writeFileSync(big, `id: huge\nkind: SRV\nsenderId: A\ntext: "${'x'.repeat(30 * 1024 * 1024)}"\n`);
    const result = spawnSync(process.execPath, ['--max-old-space-size=64', bin, 'check', 'huge.yaml'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('huge.yaml: the file is 30.0 MiB, over the maximum template file size of 1.0 MiB');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });
});

describe('check: error texts carry no piece of the file', () => {
  it('a JSON syntax error names the place, not the text V8 quotes', async () => {
    const dir = tree({ 't.json': '{"id": "a", "kind": "SRV", "senderId": "A", "text": +962791234567}' });
    const result = await run(['check', 't.json', '--format', 'sarif'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/t\.json:1:\d+: invalid JSON: /);
    expect(result.stderr + result.stdout).not.toContain('791234567');
  });
});
