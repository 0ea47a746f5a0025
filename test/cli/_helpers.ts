/**
 * Test helpers for the CLI: an in-memory IO, real rules written with `defineRule` (over real text),
 * and temporary directories with template files.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { Readable } from 'node:stream';
import { type CliIO, type CliOverrides, main } from '../../src/cli/main.js';
import type { PackDefinition } from '../../src/cli/packs.js';
import { defineRule } from '../../src/core/rule.js';
import type { Rule } from '../../src/core/types.js';

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

export function memoryIO(cwd: string, options: { isTTY?: boolean; stdin?: string; env?: Record<string, string> } = {}) {
  const out = { stdout: '', stderr: '' };
  const io: CliIO = {
    stdout: { write: (chunk: string) => (out.stdout += chunk) },
    stderr: { write: (chunk: string) => (out.stderr += chunk) },
    stdin: Readable.from(options.stdin === undefined ? [] : [options.stdin]),
    cwd,
    env: options.env ?? {},
    isTTY: options.isTTY ?? false,
  };
  return { io, out };
}

export async function run(
  argv: string[],
  cwd: string,
  overrides: CliOverrides = TEST_OVERRIDES,
  ioOptions = {},
): Promise<Captured> {
  const { io, out } = memoryIO(cwd, ioOptions);
  const code = await main(argv, io, overrides);
  return { code, ...out };
}

/** Finds every case-insensitive occurrence of a word; one finding per occurrence with its span. */
function wordRule(
  id: string,
  word: string,
  action: 'deny' | 'review' | 'warn',
  messages: { en: string; ar: string },
): Rule {
  return defineRule({
    id,
    description: `Flags "${word}"`,
    defaultAction: action,
    source: 'test clause',
    confidence: 'B',
    docs: `docs/rules/${id}.md`,
    check(message, ctx) {
      const lower = message.text.toLowerCase();
      const found = [];
      for (let i = lower.indexOf(word); i !== -1; i = lower.indexOf(word, i + word.length)) {
        found.push(
          ctx.finding({
            action,
            messageId: `${id.replace('/', '.')}`,
            message: ctx.locale === 'ar' ? messages.ar : messages.en,
            evidence: [{ span: [i, i + word.length], excerpt: ctx.excerpt([i, i + word.length]) }],
          }),
        );
      }
      return found;
    },
  });
}

export const casinoRule = wordRule('test/casino', 'casino', 'deny', { en: 'Gambling promotion', ar: 'ترويج للقمار' });
export const hurryRule = wordRule('test/hurry', 'hurry', 'review', { en: 'Pressure wording', ar: 'صياغة ضاغطة' });
export const emojiRule = wordRule('test/free', 'free', 'warn', { en: 'The word free', ar: 'كلمة مجاني' });
/** Arabic: flags قمار (gambling). */
export const qimarRule = wordRule('test/qimar', 'قمار', 'deny', { en: 'Gambling (Arabic)', ar: 'قمار' });

/** A stateful rule that reads the consent port: revoked → deny. */
export const consentRule = defineRule({
  id: 'test/consent',
  stage: 'stateful',
  description: 'Recipient revoked consent',
  defaultAction: 'deny',
  needs: ['consent', 'to', 'account'],
  async check(message, ctx) {
    const status = await ctx.consent!.status({ subject: message.to!, account: message.account!, kind: message.kind });
    return status.state === 'revoked'
      ? [ctx.finding({ action: 'deny', messageId: 'test.consent', message: `revoked ${ctx.maskPhone(message.to!)}` })]
      : [];
  },
});

/** Defers messages sent between 21:00 and 07:00 UTC until 07:00 UTC. */
export const quietRule = defineRule({
  id: 'test/quiet',
  description: 'Quiet hours',
  defaultAction: 'defer',
  check(_message, ctx) {
    const hour = ctx.now.getUTCHours();
    if (hour >= 7 && hour < 21) return [];
    const retry = new Date(ctx.now);
    if (hour >= 21) retry.setUTCDate(retry.getUTCDate() + 1);
    retry.setUTCHours(7, 0, 0, 0);
    return [ctx.finding({ action: 'defer', messageId: 'test.quiet', message: 'Quiet hours', retryAt: retry })];
  },
});

/** An info finding on every message (like a segment count). */
export const lengthRule = defineRule({
  id: 'test/length',
  description: 'Length',
  defaultAction: 'info',
  check: (message, ctx) => [
    ctx.finding({ action: 'info', messageId: 'test.length', message: `${message.text.length} characters` }),
  ],
});

export const TEST_PACKS: Record<string, PackDefinition> = {
  words: {
    description: 'word rules',
    enabledByDefault: true,
    rules: () => [casinoRule, hurryRule, emojiRule, qimarRule],
  },
  consent: { description: 'consent', enabledByDefault: true, rules: () => [consentRule] },
  time: { description: 'time', enabledByDefault: false, rules: () => [quietRule] },
  info: { description: 'info', enabledByDefault: false, rules: () => [lengthRule] },
};

export const TEST_OVERRIDES: CliOverrides = { packs: TEST_PACKS };

export function tempDir(files: Record<string, string> = {}): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'sms-policy-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const CLEAN_YAML = `id: clean-en
kind: SRV
senderId: Acme
text: "Hi {{name}}, your order has shipped."
variables:
  name: { example: "Sara", maxLength: 30 }
`;

export const VIOLATING_YAML = `id: casino-en
kind: ADV
senderId: adv Lucky
text: "Hello {{name}}, try our casino today! Hurry, it is free"
variables:
  name: { example: "Omar", maxLength: 10 }
`;

export const ARABIC_VIOLATING_YAML = `templates:
  - id: qimar-ar
    kind: ADV
    senderId: adv Lucky
    text: "يا {{name}} العب قمار الآن واربح"
    variables:
      name: { example: "أحمد", maxLength: 40 }
`;
