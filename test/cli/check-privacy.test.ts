/**
 * `check --format json` never carries a full phone or card number, whatever digits it is written in: every
 * excerpt goes through core's masking (../shared/CONTRACT.md: "Findings never carry a full phone number").
 */
import { describe, expect, it } from 'vitest';
import { run, tempDir } from './_helpers.js';

const NUMBERS = [
  '٠٧٩١٢٣٤٥٦٧',
  '+٩٦٢ ٧٩ ١٢٣ ٤٥٦٧',
  '۰۷۹۱۲۳۴۵۶۷',
  '079-123-4567',
  '4111 1111 1111 1111',
  '٤١١١١١١١١١١١١١١١',
];

/** Digits of any script with separators between them ignored: the longest number a reader could rebuild. */
function longestDigitRun(text: string): number {
  let best = 0;
  let run = 0;
  for (const ch of text) {
    if (/\p{Nd}/u.test(ch)) best = Math.max(best, ++run);
    else if (!/[\s\-.()/+]/u.test(ch)) run = 0;
  }
  return best;
}

interface JsonFinding {
  message: string;
  params?: Record<string, unknown>;
  evidence?: Array<{ excerpt?: string; data?: Record<string, unknown> }>;
}

// Dates and times in the send record (`2026-12-02 20:43`, the ruleset `2024-11-06`) are not numbers to call.
const TIME = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}|$)/;

function shownTexts(stdout: string): string[] {
  const report = JSON.parse(stdout) as {
    files: Array<{ templates: Array<{ decision: { findings: JsonFinding[] } }> }>;
  };
  return report.files
    .flatMap((file) =>
      file.templates.flatMap((template) =>
        template.decision.findings.flatMap((finding) => [
          finding.message,
          ...Object.values(finding.params ?? {}).map(String),
          ...(finding.evidence ?? []).flatMap((e) => [e.excerpt ?? '', ...Object.values(e.data ?? {}).map(String)]),
        ]),
      ),
    )
    .filter((text) => !TIME.test(text));
}

describe('check --format json masks numbers in every digit system', () => {
  it.each(NUMBERS)('%s next to a flagged word', async (number) => {
    const { dir, cleanup } = tempDir({
      't.yaml': `id: t\nkind: ADV\nsenderId: adv Acme\ntext: "casino tonight, call ${number} now"\n`,
    });
    try {
      const result = await run(['check', 't.yaml', '--format', 'json'], dir);
      expect(result.code).toBe(1);
      expect(result.stdout).not.toContain(number);
      const texts = shownTexts(result.stdout);
      expect(texts.join(' ')).toContain('casino');
      for (const text of texts) expect(longestDigitRun(text), text).toBeLessThan(7);
    } finally {
      cleanup();
    }
  });

  it('with the shipped packs too (Arabic phishing text with an Arabic-Indic number and a card)', async () => {
    const text = 'عميلنا العزيز تم ايقاف بطاقتك، ارسل رقم البطاقة ٤١١١ ١١١١ ١١١١ ١١١١ ورمز التحقق الى ٠٧٩١٢٣٤٥٦٧';
    const { dir, cleanup } = tempDir({ 't.yaml': `id: t\nkind: SRV\nsenderId: Acme\ntext: "${text}"\n` });
    try {
      const result = await run(['check', 't.yaml', '--format', 'json'], dir, {});
      const texts = shownTexts(result.stdout);
      expect(texts.length).toBeGreaterThan(0);
      for (const text of texts) expect(longestDigitRun(text), text).toBeLessThan(7);
      expect(result.stdout).not.toContain('٠٧٩١٢٣٤٥٦٧');
      expect(result.stdout).not.toContain('٤١١١ ١١١١ ١١١١ ١١١١');
    } finally {
      cleanup();
    }
  });

  it('error output (stderr) masks numbers and e-mails an error carries, e.g. from a plugin that fails to load', async () => {
    const { dir, cleanup } = tempDir({
      'sms-policy.config.yaml': 'plugins: [./bad.mjs]\n',
      'bad.mjs': "throw new Error('lookup failed for 079 123 4567, ٠٧٩١٢٣٤٥٦٧ and jane.doe@example.com');\n",
      't.yaml': 'id: t\nkind: ADV\nsenderId: adv Acme\ntext: hello\n',
    });
    try {
      const result = await run(['check', 't.yaml'], dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('bad.mjs');
      expect(result.stderr).not.toContain('079 123 4567');
      expect(result.stderr).not.toContain('٠٧٩١٢٣٤٥٦٧');
      expect(result.stderr).not.toContain('jane.doe');
      expect(result.stderr).toContain('j•••@example.com');
    } finally {
      cleanup();
    }
  });
});
