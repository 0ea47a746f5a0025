/** The examples run and say what the README and docs claim (they import the built package, as users do). */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

function run(example: string): string {
  return execFileSync(process.execPath, ['--import', 'tsx', example], { cwd: root, encoding: 'utf8', timeout: 60_000 });
}

describe('examples', () => {
  it('quickstart (the README example) defers to 07:00 Amman', () => {
    const out = run('examples/quickstart.ts');
    expect(out.split('\n')[0]).toBe('defer 2026-12-02T04:00:00.000Z');
    expect(out).toContain('jordan/adv-quiet-hours defer');
    expect(out).toMatch(/[\u0600-\u06FF]/);
    expect(out).not.toContain('791234567');
  });

  it('the Jordan batch prints one decision per message with masked recipients', () => {
    const lines = run('examples/jordan/batch.ts').split('\n');
    const verdicts = lines.filter((line) => /^(ALLOW|DEFER|DENY|REVIEW)/.test(line)).map((line) => line.split(' ')[0]);
    expect(verdicts).toEqual(['ALLOW', 'DEFER', 'DENY', 'DENY', 'ALLOW', 'DENY']);
    // No run of nine digits (a phone number), outside the random message ids (UUIDs can hold one by chance).
    const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
    expect(lines.join('\n').replace(uuid, '<id>')).not.toMatch(/\d{9}/);
  });

  it('the Gulf example gives each recipient its own country’s answer at one instant', () => {
    const lines = run('examples/gulf/by-country.ts').trim().split('\n');
    expect(lines).toEqual([
      'JO DEFER 2026-03-11T04:00:00.000Z jordan/adv-quiet-hours',
      'AE DEFER 2026-03-11T03:00:00.000Z uae/adv-quiet-hours',
      'SA DENY - ksa/adv-sender-suffix ksa/adv-quiet-hours ksa/url-registration',
      'EG REVIEW - core/no-pack',
    ]);
  });

  it('the custom rule example reviews crypto and lists input issues', () => {
    const out = run('examples/custom-rule.ts');
    expect(out).toContain('review');
    expect(out).toContain('kind invalid_value');
  });
});
