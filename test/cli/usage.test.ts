/** Help per command, --version, "did you mean" for typos, and config discovery up to the repository root. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { COMMAND_OPTIONS_FOR_TESTS } from '../../src/cli/main.js';
import { closest, editDistance } from '../../src/cli/suggest.js';
import { CLEAN_YAML, run, tempDir, VIOLATING_YAML } from './_helpers.js';

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

describe('help', () => {
  it('the global help lists every command, --help and --version', async () => {
    const result = await run(['--help'], tree({}));
    expect(result.code).toBe(0);
    for (const command of Object.keys(COMMAND_OPTIONS_FOR_TESTS))
      expect(result.stdout).toContain(`sms-policy ${command}`);
    expect(result.stdout).toMatch(/-v, --version\s+print the version/);
    expect(result.stdout).toMatch(/-h, --help/);
  });

  it.each(Object.keys(COMMAND_OPTIONS_FOR_TESTS))(
    '%s --help is its own page listing every option it parses',
    async (command) => {
      const result = await run([command, '--help'], tree({}));
      expect(result.code).toBe(0);
      expect(result.stdout.startsWith(`Usage: sms-policy ${command}`)).toBe(true);
      const options = COMMAND_OPTIONS_FOR_TESTS[command as keyof typeof COMMAND_OPTIONS_FOR_TESTS];
      for (const name of Object.keys(options)) expect(result.stdout).toContain(`--${name}`);
      // Another command's own options are not on this page.
      const others = Object.entries(COMMAND_OPTIONS_FOR_TESTS).filter(([c]) => c !== command);
      for (const [, other] of others) {
        for (const name of Object.keys(other))
          if (!(name in options)) expect(result.stdout).not.toContain(`--${name} `);
      }
    },
  );

  it('check --help describes --ignore and stdin', async () => {
    const result = await run(['check', '-h'], tree({}));
    expect(result.stdout).toMatch(/--ignore GLOB\s+skip matching files/);
    expect(result.stdout).toContain('`-` reads');
  });

  it('--version and -v print the version', async () => {
    for (const flag of ['--version', '-v']) expect((await run([flag], tree({}))).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('did you mean', () => {
  it.each([
    [['chek', 'x.yaml'], 'unknown command "chek" (did you mean "check"?)'],
    [['check', 't.yaml', '--fromat', 'json'], 'unknown option --fromat (did you mean --format?)'],
    [['check', 't.yaml', '--verbos'], 'unknown option --verbos (did you mean --verbose?)'],
    [
      ['check', 't.yaml', '--json'],
      'unknown option --json (--json is an option of classify, keyword, rules, simulate)',
    ],
    [
      ['check', 't.yaml', '--format', 'sarf'],
      '--format must be one of text, json, sarif, junit, github, got "sarf" (did you mean "sarif"?)',
    ],
    [['check', 't.yaml', '--fail-on', 'revew'], 'got "revew" (did you mean "review"?)'],
  ])('%j', async (argv, message) => {
    const result = await run(argv, tree({ 't.yaml': CLEAN_YAML }));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it.each([
    ['a config key', 'failon: review\n', 'invalid config: (root): unknown key "failon" (did you mean "failOn"?)'],
    ['a pack', 'packs:\n  word: true\n', 'packs.word: unknown pack (did you mean "words"?)'],
    [
      'a rule id',
      'rules:\n  test/casno: warn\n',
      'rules.test/casno: no enabled rule has this id (did you mean "test/casino"?)',
    ],
  ])('in the config: %s', async (_name, config, message) => {
    const result = await run(['check', 't.yaml'], tree({ 'sms-policy.config.yaml': config, 't.yaml': CLEAN_YAML }));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('suggests nothing for a word that is not close', async () => {
    const result = await run(['frobnicate'], tree({}));
    expect(result.stderr).toContain('unknown command "frobnicate"\n');
    expect(closest('zzzz', ['check', 'rules'])).toBeUndefined();
    expect(editDistance('sarif', 'sraif')).toBe(1);
  });
});

describe('config discovery', () => {
  it('walks up from the working directory to the repository root', async () => {
    const dir = tree({
      'repo/sms-policy.config.yaml': 'rules:\n  test/casino: review\n',
      'repo/app/templates/t.yaml': VIOLATING_YAML,
    });
    mkdirSync(join(dir, 'repo/.git'));
    const cwd = join(dir, 'repo/app');
    const result = await run(['check', 'templates', '--format', 'json'], cwd);
    expect(result.code).toBe(0);
    const findings = JSON.parse(result.stdout).files[0].templates[0].decision.findings;
    expect(findings.find((f: { ruleId: string }) => f.ruleId === 'test/casino').action).toBe('review');
  });

  it('does not look above the repository root', async () => {
    const dir = tree({ 'sms-policy.config.yaml': 'rules:\n  test/casino: "off"\n', 'repo/t.yaml': VIOLATING_YAML });
    mkdirSync(join(dir, 'repo/.git'));
    const result = await run(['check', 't.yaml', '--format', 'json'], join(dir, 'repo'));
    expect(result.code).toBe(1);
  });

  it('the nearest config wins, and --config overrides discovery', async () => {
    const dir = tree({
      'sms-policy.config.yaml': 'rules:\n  test/casino: "off"\n',
      'a/sms-policy.config.json': JSON.stringify({ rules: { 'test/casino': 'warn' } }),
      'a/t.yaml': VIOLATING_YAML,
    });
    mkdirSync(join(dir, '.git'));
    const near = await run(['check', 't.yaml', '--format', 'json'], join(dir, 'a'));
    const casino = (out: string) =>
      JSON.parse(out).files[0].templates[0].decision.findings.find(
        (f: { ruleId: string }) => f.ruleId === 'test/casino',
      );
    expect(casino(near.stdout).action).toBe('warn');
    const named = await run(
      ['check', 't.yaml', '--format', 'json', '--config', '../sms-policy.config.yaml'],
      join(dir, 'a'),
    );
    expect(casino(named.stdout)).toBeUndefined();
  });
});
