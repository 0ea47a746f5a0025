import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sarifProblems } from './_sarif.js';
import { ARABIC_VIOLATING_YAML, CLEAN_YAML, run, tempDir, VIOLATING_YAML } from './_helpers.js';

const ANSI = /\u001b\[\d+m/;

let dir: string;
let cleanup: () => void;

beforeAll(() => {
  ({ dir, cleanup } = tempDir({
    'clean/clean.yaml': CLEAN_YAML,
    'bad/casino.yaml': VIOLATING_YAML,
    'bad/qimar.yml': ARABIC_VIOLATING_YAML,
    'review/hurry.json': JSON.stringify({
      id: 'hurry',
      kind: 'ADV',
      senderId: 'adv A',
      text: 'Hurry up, sale ends today',
    }),
    'warn/free.yaml': 'id: free\nkind: ADV\nsenderId: adv A\ntext: Free delivery this week\n',
    'broken/broken.yaml': 'id: a\nkind: SRV\n  text: [unclosed\n',
    'broken/unknown-var.yaml':
      'id: greet\nkind: SRV\nsenderId: A\ntext: "Hi {{nmae}}"\nvariables:\n  name: { example: x }\n',
    'long/long.yaml':
      'id: long\nkind: SRV\nsenderId: A\ntext: "Note: {{body}}"\nvariables:\n  body: { example: "short", maxLength: 2000 }\n',
  }));
});
afterAll(() => cleanup());

/** line:column of the first occurrence of `needle` in a file of the temp dir. */
function positionOf(file: string, needle: string): { line: number; column: number } {
  const source = readFileSync(join(dir, file), 'utf8');
  const offset = source.indexOf(needle);
  const before = source.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

describe('check: exit codes', () => {
  it.each([
    ['clean template', ['check', 'clean'], 0],
    ['deny finding', ['check', 'bad/casino.yaml'], 1],
    ['Arabic deny finding', ['check', 'bad/qimar.yml'], 1],
    ['review finding under --fail-on deny', ['check', 'review'], 0],
    ['review finding under --fail-on review', ['check', 'review', '--fail-on', 'review'], 1],
    ['warn finding under --fail-on review', ['check', 'warn', '--fail-on', 'review'], 0],
    ['warn finding under --fail-on warn', ['check', 'warn', '--fail-on', 'warn'], 1],
    ['glob over several dirs', ['check', '{clean,review}/*.{yaml,json}'], 0],
    ['malformed YAML', ['check', 'broken/broken.yaml'], 2],
    ['unknown variable', ['check', 'broken/unknown-var.yaml'], 2],
    ['no inputs', ['check'], 2],
    ['missing path', ['check', 'nowhere/*.yaml'], 2],
    ['unknown format', ['check', 'clean', '--format', 'xml'], 2],
    ['bad --fail-on', ['check', 'clean', '--fail-on', 'info'], 2],
    ['unknown option', ['check', 'clean', '--colour'], 2],
    ['bad --locale', ['check', 'clean', '--locale', 'fr'], 2],
    ['unknown command', ['lint', 'clean'], 2],
    ['no command', [], 2],
    ['--help', ['--help'], 0],
  ])('%s', async (_name, argv, code) => {
    expect((await run(argv, dir)).code).toBe(code);
  });

  it('a malformed file: the message names the file, the place and the problem', async () => {
    const result = await run(['check', 'broken/broken.yaml'], dir);
    expect(result.stderr).toMatch(/broken\/broken\.yaml:\d+:\d+: invalid YAML/);
    // The report is still written (here: no template could be checked), and says why the exit code is 2.
    expect(result.stdout).toContain('1 file(s) could not be checked');
  });

  it('an unknown {{variable}} names the template and the variable', async () => {
    const result = await run(['check', 'broken/unknown-var.yaml'], dir);
    expect(result.stderr).toContain('broken/unknown-var.yaml:4:7');
    expect(result.stderr).toContain('template "greet" uses {{nmae}}');
  });
});

describe('check: text format', () => {
  it('groups by file and gives the line:column of the span in the template file', async () => {
    const result = await run(['check', 'bad', 'clean'], dir);
    const casino = positionOf('bad/casino.yaml', 'casino today');
    const qimar = positionOf('bad/qimar.yml', 'قمار');
    expect(result.stdout).toContain('bad/casino.yaml\n  casino-en');
    expect(result.stdout).toMatch(new RegExp(`${casino.line}:${casino.column}\\s+deny\\s+test/casino`));
    expect(result.stdout).toMatch(new RegExp(`${qimar.line}:${qimar.column}\\s+deny\\s+test/qimar`));
    expect(result.stdout).toContain('3 template(s) in 3 file(s): 2 deny');
    expect(result.stdout).not.toMatch(ANSI);
  });

  it.each([
    ['a TTY without NO_COLOR', { isTTY: true }, true],
    ['a TTY with NO_COLOR=1', { isTTY: true, env: { NO_COLOR: '1' } }, false],
    ['a pipe', { isTTY: false }, false],
  ])('colour on %s: %s', async (_name, ioOptions, coloured) => {
    const result = await run(['check', 'bad/casino.yaml'], dir, undefined, ioOptions);
    expect(ANSI.test(result.stdout)).toBe(coloured);
  });

  it('--locale ar prints Arabic findings and summary', async () => {
    const result = await run(['check', 'bad/qimar.yml', '--locale', 'ar'], dir);
    expect(result.stdout).toContain('قمار');
    expect(result.stdout).toContain('قالب في');
    expect(result.stdout).toContain('مرفوض');
    expect(result.stdout).not.toContain('Gambling');
  });

  it('usage errors are reported in Arabic with --locale ar', async () => {
    const result = await run(['check', 'nowhere.yaml', '--locale', 'ar'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^خطأ: /);
  });
});

describe('check: json format', () => {
  it('has the contract shape with located findings', async () => {
    const result = await run(['check', 'bad', 'clean', '--format', 'json'], dir);
    const report = JSON.parse(result.stdout);
    expect(report.files.map((f: { path: string }) => f.path).sort()).toEqual([
      'bad/casino.yaml',
      'bad/qimar.yml',
      'clean/clean.yaml',
    ]);
    const casino = report.files.find((f: { path: string }) => f.path === 'bad/casino.yaml').templates[0];
    expect(casino.id).toBe('casino-en');
    expect(casino.decision.verdict).toBe('deny');
    const ids = casino.decision.findings.map((f: { ruleId: string }) => f.ruleId).sort();
    expect(ids).toEqual(['test/casino', 'test/free', 'test/hurry']);
    const finding = casino.decision.findings.find((f: { ruleId: string }) => f.ruleId === 'test/casino');
    const at = positionOf('bad/casino.yaml', 'casino today');
    expect(finding.location).toMatchObject({ line: at.line, column: at.column, endColumn: at.column + 6 });
    expect(report.summary).toMatchObject({ files: 3, templates: 3, verdicts: { deny: 2, allow: 1 } });
  });

  it('evaluates the worst case: a variable at maxLength that breaks the length limit is a finding', async () => {
    const result = await run(['check', 'long', '--format', 'json'], dir);
    const template = JSON.parse(result.stdout).files[0].templates[0];
    expect(result.code).toBe(1);
    const finding = template.decision.findings[0];
    expect(finding).toMatchObject({ ruleId: 'cli/template-input', render: 'worst-case', action: 'deny' });
    expect(template.segments.example.segments).toBe(1);
    expect(template.segments.worstCase.units).toBeGreaterThan(2000);
  });
});

describe('check: sarif format', () => {
  it('is valid SARIF 2.1.0 (subset schema + cross-references) with one rule per id and located results', async () => {
    const result = await run(['check', 'bad', 'clean', '--format', 'sarif'], dir);
    expect(result.code).toBe(1);
    const log = JSON.parse(result.stdout);
    expect(sarifProblems(log)).toEqual([]);
    const driver = log.runs[0].tool.driver;
    const ids = driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['test/casino', 'test/hurry', 'test/free', 'test/qimar']));
    const casinoRule = driver.rules.find((r: { id: string }) => r.id === 'test/casino');
    expect(casinoRule.helpUri).toMatch(/^https:\/\/.+\/docs\/rules\/test\/casino\.md$/);
    expect(casinoRule.defaultConfiguration.level).toBe('error');
    const hit = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'test/casino');
    const at = positionOf('bad/casino.yaml', 'casino today');
    expect(hit.locations[0].physicalLocation.artifactLocation.uri).toBe('bad/casino.yaml');
    expect(hit.locations[0].physicalLocation.region).toMatchObject({ startLine: at.line, startColumn: at.column });
    expect(log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'test/hurry').level).toBe('warning');
  });

  it('the subset schema rejects a broken log (the validator can fail)', () => {
    expect(
      sarifProblems({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [{ level: 'fatal' }] }] }).length,
    ).toBeGreaterThan(0);
  });

  it('the official 2.1.0 schema rejects what the spec forbids', () => {
    const problems = sarifProblems({
      version: '2.0.0',
      runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: {} }] }],
    });
    expect(problems.filter((p) => p.startsWith('official schema')).length).toBeGreaterThan(0);
  });
});

/** A minimal well-formedness check: balanced tags, quoted attributes, known entities only. */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  for (const match of body.matchAll(/<(\/?)([A-Za-z][\w-]*)((?:\s+[\w-]+="[^"<]*")*)\s*(\/?)>/g)) {
    const [, closing, name, , selfClosing] = match;
    if (selfClosing) continue;
    if (closing) {
      if (stack.pop() !== name) problems.push(`unbalanced </${name}>`);
    } else stack.push(name!);
  }
  if (stack.length > 0) problems.push(`unclosed ${stack.join(',')}`);
  const stripped = body.replace(/<(\/?)([A-Za-z][\w-]*)((?:\s+[\w-]+="[^"<]*")*)\s*(\/?)>/g, '');
  if (/[<>]/.test(stripped)) problems.push('stray < or >');
  if (/&(?!amp;|lt;|gt;|quot;|apos;)/.test(body)) problems.push('bare &');
  return problems;
}

describe('check: junit format', () => {
  it('one testcase per template; failures only at or above --fail-on', async () => {
    const deny = await run(['check', 'bad', 'clean', 'review', '--format', 'junit'], dir);
    expect(xmlProblems(deny.stdout)).toEqual([]);
    expect(deny.stdout.match(/<testcase /g)).toHaveLength(4);
    expect(deny.stdout).toMatch(/<testsuites name="sms-policy" tests="4" failures="2"/);
    expect(deny.stdout).toMatch(/<testcase name="hurry" classname="review\/hurry\.json" time="\d+\.\d{3}">/);
    expect(deny.stdout).toContain('<system-out>');
    const review = await run(['check', 'review', '--format', 'junit', '--fail-on', 'review'], dir);
    expect(review.stdout).toMatch(/failures="1"/);
    expect(review.code).toBe(1);
  });

  it('escapes XML metacharacters from template ids and messages', async () => {
    const { dir: d, cleanup: c } = tempDir({
      't.yaml': 'id: "a<b>&\\"c"\nkind: ADV\nsenderId: adv A\ntext: casino & more\n',
    });
    try {
      const result = await run(['check', 't.yaml', '--format', 'junit'], d);
      expect(xmlProblems(result.stdout)).toEqual([]);
      expect(result.stdout).toContain('name="a&lt;b&gt;&amp;&quot;c"');
    } finally {
      c();
    }
  });
});

describe('check: github format', () => {
  it('prints one workflow command per finding, with file, line and column', async () => {
    const result = await run(['check', 'bad/casino.yaml', '--format', 'github'], dir);
    const commands = result.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(commands).toHaveLength(3);
    for (const line of commands) {
      expect(line).toMatch(
        /^::(error|warning|notice) file=bad\/casino\.yaml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:]+::.+$/,
      );
    }
    const at = positionOf('bad/casino.yaml', 'casino today');
    expect(commands).toContain(
      `::error file=bad/casino.yaml,line=${at.line},col=${at.column},endLine=${at.line},endColumn=${at.column + 6},title=test/casino (casino-en)::Gambling promotion`,
    );
  });
});

describe('check: config file', () => {
  it.each([
    ['sms-policy.config.yaml', 'rules:\n  test/casino: review\n', 0, 'review'],
    ['sms-policy.config.json', JSON.stringify({ rules: { 'test/casino': 'off' } }), 0, 'allow'],
    ['sms-policy.config.yml', 'packs:\n  words: true\nfailOn: review\n', 1, 'deny'],
  ])('%s is found in the working directory', async (name, content, code, verdict) => {
    const { dir: d, cleanup: c } = tempDir({
      [name]: content,
      't.yaml': 'id: t\nkind: ADV\nsenderId: adv A\ntext: casino night\n',
    });
    try {
      const result = await run(['check', '.', '--format', 'json'], d);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(code);
      expect(JSON.parse(result.stdout).files[0].templates[0].decision.verdict).toBe(verdict);
      expect(JSON.parse(result.stdout).files).toHaveLength(1);
    } finally {
      c();
    }
  });

  it.each([
    ['unknown pack', 'packs:\n  nope: true\n', /sms-policy\.config\.yaml: packs\.nope: unknown pack/],
    ['unknown rule', 'rules:\n  test/nope: off\n', /rules\.test\/nope: no enabled rule/],
    ['bad action', 'rules:\n  test/casino: block\n', /invalid config: rules\.test\/casino/],
    ['unknown key', 'colour: true\n', /invalid config/],
    ['bad YAML', 'rules: [\n', /sms-policy\.config\.yaml:\d+:\d+: invalid YAML/],
  ])('a bad config (%s) is an input error naming the file', async (_name, content, pattern) => {
    const { dir: d, cleanup: c } = tempDir({ 'sms-policy.config.yaml': content, 't.yaml': CLEAN_YAML });
    try {
      const result = await run(['check', 't.yaml'], d);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(pattern);
    } finally {
      c();
    }
  });

  it('--config names a file explicitly; the config locale applies', async () => {
    const { dir: d, cleanup: c } = tempDir({
      'ci/policy.json': JSON.stringify({ locale: 'ar' }),
      't.yaml': VIOLATING_YAML,
    });
    try {
      const result = await run(['check', 't.yaml', '--config', 'ci/policy.json'], d);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('ترويج للقمار');
    } finally {
      c();
    }
  });
});

describe('check: plugins (your own rules from the config)', () => {
  const plugin = `export default () => [{
  id: 'acme/no-lottery', stage: 'stateless',
  meta: { id: 'acme/no-lottery', description: 'No lottery', defaultAction: 'deny' },
  check(message, ctx) {
    const at = message.text.indexOf('lottery');
    return at < 0 ? [] : [ctx.finding({ action: 'deny', messageId: 'acme.no-lottery', message: 'Lottery', evidence: [{ span: [at, at + 7] }] })];
  },
}];\n`;

  it.each([
    [
      'a plugin rule runs next to the packs and can be overridden',
      'plugins: [./rules/acme.mjs]\n',
      1,
      ['acme/no-lottery', 'test/casino'],
    ],
    [
      'an override applies to plugin rules',
      'plugins: [./rules/acme.mjs]\nrules:\n  acme/no-lottery: "off"\n',
      1,
      ['test/casino'],
    ],
  ])('%s', async (_name, config, code, ruleIds) => {
    const { dir: d, cleanup: c } = tempDir({
      'sms-policy.config.yaml': config,
      'rules/acme.mjs': plugin,
      't.yaml': 'id: t\nkind: ADV\nsenderId: adv A\ntext: lottery and casino\n',
    });
    try {
      const result = await run(['check', 't.yaml', '--format', 'json'], d);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(code);
      const findings = JSON.parse(result.stdout).files[0].templates[0].decision.findings;
      expect(findings.map((f: { ruleId: string }) => f.ruleId).sort()).toEqual(ruleIds);
    } finally {
      c();
    }
  });

  it.each([
    ['missing module', 'plugins: [./nope.mjs]\n', {}, /plugins\.0: cannot load \.\/nope\.mjs/],
    [
      'not rules',
      'plugins: [./bad.mjs]\n',
      { 'bad.mjs': 'export default [1, 2];\n' },
      /must export .* an array of rules/,
    ],
    [
      'id clash',
      'plugins: [./dup.mjs]\n',
      { 'dup.mjs': `export const rules = [{ id: 'test/casino', stage: 'stateless', meta: {}, check: () => [] }];\n` },
      /rule id test\/casino is already taken/,
    ],
  ])('a bad plugin (%s) is a config error → exit 2', async (_name, config, files, pattern) => {
    const { dir: d, cleanup: c } = tempDir({ 'sms-policy.config.yaml': config, 't.yaml': CLEAN_YAML, ...files });
    try {
      const result = await run(['check', 't.yaml'], d);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(pattern);
    } finally {
      c();
    }
  });
});

describe('check: sarif help links for plugin rules', () => {
  it('a plugin rule links only to its own absolute docs URL; shipped rules link into docs/rules', async () => {
    const plugin = `export default [
  { id: 'acme/a', stage: 'stateless', meta: { id: 'acme/a', description: 'A', defaultAction: 'deny', docs: 'https://wiki.acme.example/a' }, check: () => [] },
  { id: 'acme/b', stage: 'stateless', meta: { id: 'acme/b', description: 'B', defaultAction: 'deny', docs: 'docs/b.md' }, check: () => [] },
];\n`;
    const { dir: d, cleanup: c } = tempDir({
      'sms-policy.config.yaml': 'plugins: [./p.mjs]\n',
      'p.mjs': plugin,
      't.yaml': CLEAN_YAML,
    });
    try {
      const log = JSON.parse((await run(['check', 't.yaml', '--format', 'sarif'], d)).stdout);
      expect(sarifProblems(log)).toEqual([]);
      const rules = Object.fromEntries(log.runs[0].tool.driver.rules.map((r: { id: string }) => [r.id, r]));
      expect(rules['acme/a'].helpUri).toBe('https://wiki.acme.example/a');
      expect(rules['acme/b'].helpUri).toBeUndefined();
      expect(rules['test/casino'].helpUri).toMatch(/\/docs\/rules\/test\/casino\.md$/);
    } finally {
      c();
    }
  });
});

describe('check: --output', () => {
  it('writes the report to a file instead of stdout (no colour)', async () => {
    const result = await run(
      ['check', 'bad/casino.yaml', '--format', 'sarif', '--output', 'out.sarif'],
      dir,
      undefined,
      {
        isTTY: true,
      },
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(sarifProblems(JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')))).toEqual([]);
  });
});

describe('check: paths', () => {
  it('an absolute path inside the working directory is reported relative to it', async () => {
    const result = await run(['check', join(dir, 'bad/casino.yaml'), '--format', 'json'], dir);
    expect(JSON.parse(result.stdout).files[0].path).toBe('bad/casino.yaml');
  });
});

describe('check: info findings', () => {
  it.each([
    ['text', [], false],
    ['text', ['--verbose'], true],
    ['github', [], false],
    ['github', ['--verbose'], true],
    ['sarif', [], false],
    ['sarif', ['--verbose'], true],
    ['junit', [], false],
    ['junit', ['--verbose'], true],
    ['json', [], true],
  ])('%s %j shows info findings: %s', async (format, extra, shown) => {
    const { dir: d, cleanup: c } = tempDir({
      'sms-policy.config.yaml': 'packs:\n  info: true\n',
      't.yaml': CLEAN_YAML,
    });
    try {
      const result = await run(['check', 't.yaml', '--format', format, ...extra], d);
      expect(result.code).toBe(0);
      // In SARIF the rule table lists every rule that ran; a shown finding is a result naming it.
      const marker = format === 'sarif' ? '"ruleId": "test/length"' : 'characters';
      expect(result.stdout.includes(marker)).toBe(shown);
    } finally {
      c();
    }
  });
});

describe('check: --docs-url', () => {
  it('points help links at the given base (a folder, with or without the final slash)', async () => {
    const { dir: d, cleanup: c } = tempDir({ 't.yaml': CLEAN_YAML });
    try {
      for (const base of ['https://wiki.acme.example/sms', 'https://wiki.acme.example/sms/']) {
        const log = JSON.parse((await run(['check', 't.yaml', '--format', 'sarif', '--docs-url', base], d)).stdout);
        const casino = log.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'test/casino');
        expect(casino.helpUri).toBe('https://wiki.acme.example/sms/docs/rules/test/casino.md');
        expect(log.runs[0].tool.driver.informationUri).toBe('https://wiki.acme.example/sms/README.md');
      }
    } finally {
      c();
    }
  });

  it('without it, links to the docs shipped in this version of the package', async () => {
    const { dir: d, cleanup: c } = tempDir({ 't.yaml': CLEAN_YAML });
    try {
      const log = JSON.parse((await run(['check', 't.yaml', '--format', 'sarif'], d)).stdout);
      const version = log.runs[0].tool.driver.version;
      const casino = log.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'test/casino');
      expect(casino.helpUri).toBe(`https://unpkg.com/sms-policy@${version}/docs/rules/test/casino.md`);
    } finally {
      c();
    }
  });

  it.each(['notaurl', 'ftp://files.example/docs/', '/relative/path/'])(
    'rejects %s with a usage error naming the option (exit 2)',
    async (base) => {
      const { dir: d, cleanup: c } = tempDir({ 't.yaml': CLEAN_YAML });
      try {
        const result = await run(['check', 't.yaml', '--format', 'sarif', '--docs-url', base], d);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('--docs-url must be an absolute http(s) URL');
        expect(result.stderr).not.toContain('TypeError');
      } finally {
        c();
      }
    },
  );
});
