import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIO, run, TEST_OVERRIDES, tempDir } from './_helpers.js';

const TEMPLATE = `id: promo
kind: ADV
senderId: adv Acme
text: "Hi {{name}}, {{offer}}. Reply STOP to 94444"
variables:
  name: { example: Omar, maxLength: 20 }
  offer: { example: "20% off", maxLength: 40 }
`;

// 10 rows: 2 casino offers, 1 invalid number, 1 opted-out number, 1 Arabic (UCS-2) row, 1 long row (2 parts).
const RECIPIENTS = [
  'to,name,offer',
  '0791000001,Omar,20% off',
  '0791000002,Sara,casino night tonight',
  '+962791000003,Lina,20% off',
  '0791000004,Ali,big casino bonus',
  'not-a-number,Bad,20% off',
  '0781000006,Huda,20% off',
  '0771000007,أحمد,خصم 20%',
  `0791000008,Zaid,${'x'.repeat(150)}`,
  '0791000009,Rami,20% off',
  '0791000010,Nour,20% off',
].join('\n');

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempDir({
    't.yaml': TEMPLATE,
    'r.csv': RECIPIENTS,
    'phone.csv': 'phone,name,offer\n0791000001,Omar,hi\n',
    'o.csv': 'to\n0781000006\n+962 79 100 0010\n',
    'nophone.csv': 'number,name,offer\n0791000001,Omar,hi\n',
    'novar.csv': 'to,name\n0791000001,Omar\n',
    'ragged.csv': 'to,name,offer\n0791000001,Omar\n',
    'two.yaml': `- ${JSON.stringify({ id: 'a', kind: 'SRV', senderId: 'A', text: 'hi' })}\n- ${JSON.stringify({ id: 'b', kind: 'SRV', senderId: 'A', text: 'casino' })}\n`,
  }));
});
afterAll(() => cleanup());

describe('simulate', () => {
  it('--json prints the contract shape with totals by verdict, rule, segments; invalid rows are counted', async () => {
    const result = await run(
      ['simulate', '--template', 't.yaml', '--recipients', 'r.csv', '--at', '2026-12-01T10:00:00Z', '--json'],
      dir,
    );
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.total).toBe(10);
    expect(summary.invalid).toBe(1);
    expect(summary.invalidByField).toEqual({ to: 1 });
    expect(summary.verdicts).toEqual({ allow: 7, review: 0, defer: 0, deny: 2 });
    expect(summary.rules['test/casino']).toBe(2);
    // Every valid row is one message; the long one takes two parts.
    expect(summary.segments.byParts).toEqual({ 1: 8, 2: 1 });
    expect(summary.segments.total).toBe(10);
    expect(summary.segments.sendable).toBe(8);
    expect(summary.segments.byEncoding).toEqual({ 'GSM-7': 8, 'UCS-2': 1 });
    // The 150-character offer breaks the template's maxLength of 40.
    expect(summary.overMaxLength).toEqual({ offer: 1 });
    // No full number anywhere in the output.
    expect(result.stdout).not.toMatch(/79100000\d/);
  });

  it('--opt-outs revokes the listed numbers (opt-out model) through the consent port', async () => {
    const result = await run(
      ['simulate', '-t', 't.yaml', '-r', 'r.csv', '--opt-outs', 'o.csv', '--at', '2026-12-01T10:00:00Z', '--json'],
      dir,
    );
    const summary = JSON.parse(result.stdout);
    expect(summary.optOuts).toBe(2);
    expect(summary.rules['test/consent']).toBe(2);
    expect(summary.verdicts.deny).toBe(4);
  });

  it('deferrals carry their retry time; --rate spreads send times', async () => {
    const config = 'packs:\n  time: true\n';
    const { dir: d, cleanup: c } = tempDir({
      'sms-policy.config.yaml': config,
      't.yaml': TEMPLATE,
      'r.csv': RECIPIENTS,
    });
    try {
      // 20:59:57 UTC at one message per second: rows 0-2 go before 21:00, the rest are deferred to 07:00.
      const result = await run(
        ['simulate', '-t', 't.yaml', '-r', 'r.csv', '--at', '2026-12-01T20:59:57Z', '--rate', '1', '--json'],
        d,
      );
      const summary = JSON.parse(result.stdout);
      expect(summary.verdicts.allow).toBe(3);
      expect(summary.verdicts.defer).toBe(6);
      expect(summary.deferrals).toEqual([{ retryAt: '2026-12-02T07:00Z', count: 6 }]);
      const text = await run(['simulate', '-t', 't.yaml', '-r', 'r.csv', '--at', '2026-12-01T22:00:00Z'], d);
      expect(text.stdout).toMatch(/2026-12-02T07:00Z\s+9/);
      expect(text.stdout).toMatch(/defer\s+9\s+90\.0%/);
    } finally {
      c();
    }
  });

  it('lists blocking rules first, then by count', async () => {
    const { dir: d, cleanup: c } = tempDir({
      'sms-policy.config.yaml': 'packs:\n  words: true\n  info: true\n',
      't.yaml': TEMPLATE,
      'r.csv': RECIPIENTS,
    });
    try {
      const result = await run(['simulate', '-t', 't.yaml', '-r', 'r.csv'], d);
      // test/length (info) is on all 9 valid messages, test/casino (deny) on 2: deny comes first.
      expect(result.stdout).toMatch(/test\/casino\s+2 {2}\(deny 2\)\n\s+test\/length\s+9 {2}\(info 9\)/);
    } finally {
      c();
    }
  });

  it('text output in Arabic with --locale ar', async () => {
    const result = await run(['simulate', '-t', 't.yaml', '-r', 'r.csv', '--locale', 'ar'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('محاكاة القالب promo');
    expect(result.stdout).toContain('القرارات');
  });

  it('draws a progress bar on stderr when stderr is a terminal, and none otherwise', async () => {
    const { io, out } = memoryIO(dir);
    io.stderr = { isTTY: true, write: (chunk: string) => (out.stderr += chunk) };
    const code = await main(['simulate', '-t', 't.yaml', '-r', 'r.csv', '--json'], io, TEST_OVERRIDES);
    expect(code).toBe(0);
    expect(out.stderr).toContain('simulate [');
    expect(out.stderr).toContain('100%');
    expect(JSON.parse(out.stdout).total).toBe(10);
    const plain = await run(['simulate', '-t', 't.yaml', '-r', 'r.csv', '--json'], dir);
    expect(plain.stderr).toBe('');
  });

  it('accepts a "phone" column', async () => {
    const result = await run(['simulate', '-t', 't.yaml', '-r', 'phone.csv', '--json'], dir);
    expect(JSON.parse(result.stdout).verdicts.allow).toBe(1);
  });

  it('--html writes a self-contained page with both charts and no phone numbers', async () => {
    const result = await run(['simulate', '-t', 't.yaml', '-r', 'r.csv', '--html', 'report.html'], dir);
    expect(result.code).toBe(0);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('id="chart-verdicts"');
    expect(html).toContain('id="chart-timeline"');
    expect(html).toContain('id="chart-rules-deny"');
    expect(html).not.toMatch(/<script|<link|src="http|href="http|url\(/);
    expect(html).not.toMatch(/\d{7,}/);
  });

  it.each([
    ['missing --template', ['simulate', '-r', 'r.csv'], /--template is required/],
    ['missing --recipients', ['simulate', '-t', 't.yaml'], /--recipients is required/],
    ['missing file', ['simulate', '-t', 't.yaml', '-r', 'none.csv'], /none\.csv: no such file/],
    ['no phone column', ['simulate', '-t', 't.yaml', '-r', 'nophone.csv'], /needs a "to" or "phone" column/],
    [
      'no column for a variable',
      ['simulate', '-t', 't.yaml', '-r', 'novar.csv'],
      /no column for template variable\(s\) offer/,
    ],
    [
      'ragged CSV',
      ['simulate', '-t', 't.yaml', '-r', 'ragged.csv'],
      /ragged\.csv:2: 2 field\(s\) where the header has 3/,
    ],
    ['bad --at', ['simulate', '-t', 't.yaml', '-r', 'r.csv', '--at', 'tomorrow'], /--at must be an ISO/],
    ['bad --rate', ['simulate', '-t', 't.yaml', '-r', 'r.csv', '--rate=0'], /--rate must be/],
    [
      'both consent sources',
      ['simulate', '-t', 't.yaml', '-r', 'r.csv', '--opt-outs', 'o.csv', '--consent-db', 'x'],
      /not both/,
    ],
    [
      'several templates without --template-id',
      ['simulate', '-t', 'two.yaml', '-r', 'r.csv'],
      /choose one with --template-id \(a, b\)/,
    ],
    [
      'unknown --template-id',
      ['simulate', '-t', 'two.yaml', '--template-id', 'zz', '-r', 'r.csv'],
      /no template with id "zz"/,
    ],
  ])('usage error: %s → exit 2', async (_name, argv, pattern) => {
    const result = await run(argv, dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(pattern);
  });

  it('--template-id picks one template of a multi-template file', async () => {
    const result = await run(['simulate', '-t', 'two.yaml', '--template-id', 'b', '-r', 'r.csv', '--json'], dir);
    expect(JSON.parse(result.stdout).rules['test/casino']).toBe(9);
  });
});
