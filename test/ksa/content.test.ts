/** Saudi content and links: prohibited categories (compose), restricted classes, URL registration, opt-out notice. */
import { describe, expect, it } from 'vitest';
import { contentRules } from '../../src/content/index.js';
import { createPolicy } from '../../src/core/policy.js';
import type { Decision, Rule } from '../../src/core/types.js';
import {
  advLinksNumbers,
  advOptOutNotice,
  prohibitedContent,
  restrictedContent,
  urlRegistration,
} from '../../src/ksa/index.js';

const lint = (rules: Rule[], text: string, kind: 'ADV' | 'SRV' = 'ADV'): Decision =>
  createPolicy({ rules }).lint({ senderId: 'Acme-AD', kind, text });
const of = (decision: Decision, ruleId: string) => decision.findings.filter((f) => f.ruleId === ruleId);

describe('ksa/prohibited-content (compose)', () => {
  it.each([
    ['Casino bonus: 100 free spins, bet now and win big at our online casino', 'gambling'],
    ['كازينو اون لاين: راهن الآن واربح، مكافأة 100 دورة مجانية على الرهانات', 'gambling'],
    ['C4SIN0 b0nus: 100 free sp1ns, b.e.t now and win big at our online c@sino', 'gambling'],
  ])('%s → deny (%s)', (text, category) => {
    const finding = of(lint([...contentRules(), prohibitedContent()], text), 'ksa/prohibited-content')[0];
    expect(finding?.action).toBe('deny');
    expect(finding?.source).toBe('SA-CNT-01');
    expect(finding?.params?.categories).toBe(category);
    for (const e of finding!.evidence!) if (e.span) expect(e.span[1]).toBeLessThanOrEqual(text.length);
  });

  it('reviews what the platform lowered, and reads nothing without content rules', () => {
    const text = 'Casino bonus: 100 free spins, bet now and win big at our online casino';
    const lowered = [...contentRules({ categories: { gambling: { action: 'info' } } }), prohibitedContent()];
    expect(of(lint(lowered, text), 'ksa/prohibited-content')[0]?.action).toBe('review');
    expect(of(lint([prohibitedContent()], text), 'ksa/prohibited-content')).toEqual([]);
  });
});

describe('ksa/restricted-content', () => {
  it.each([
    ['قرض شخصي فوري بدون كفيل', 'loans'],
    ['Get a cash loan today, no questions', 'loans'],
    ['Join the protest on Friday against the minister', 'political'],
    ['مشروبات كحولية مستوردة بأفضل الأسعار', 'alcohol'],
    ['ادعوا لنا وشاركونا دعاء ختم القرآن', 'religious'],
    ['Ch3ap v0dka and wh1sky delivered', 'alcohol'],
  ] as const)('%s → review (%s)', (text, klass) => {
    const finding = of(lint([restrictedContent()], text), 'ksa/restricted-content')[0];
    expect(finding?.action, text).toBe('review');
    expect(String(finding?.params?.classes)).toContain(klass);
    for (const e of finding!.evidence!) expect(text.slice(...e.span!).length).toBeGreaterThan(1);
  });

  it.each(['عروض رمضان كريم على العطور', 'Non-alcoholic malt drinks on offer', 'سياسة الإرجاع خلال 14 يوماً'])(
    '%s → no finding',
    (text) => {
      expect(of(lint([restrictedContent()], text), 'ksa/restricted-content')).toEqual([]);
    },
  );
});

describe('ksa/url-registration', () => {
  it.each([
    ['See bit.ly/3xYz', {}, ['ksa.url-shortener:deny']],
    ['See https://tinyurl.com/abc now', { registeredUrls: ['acme.sa'] }, ['ksa.url-shortener:deny']],
    ['See acme.sa/sale', { registeredUrls: ['acme.sa'] }, []],
    ['See https://ACME.sa/sale', { registeredUrls: ['acme.sa'] }, []],
    ['See news.acme.sa', { registeredUrls: ['acme.sa'] }, ['ksa.url-unregistered:deny']],
    ['See acme.sa/sale', {}, ['ksa.url-unverified:warn']],
    ['No links here, 30% off', {}, []],
    ['تسوق الآن عبر bit.ly/x', {}, ['ksa.url-shortener:deny']],
  ] as const)('%s %j → %j', (text, options, expected) => {
    const decision = lint([urlRegistration(options as never)], text, 'SRV');
    expect(decision.findings.map((f) => `${f.messageId}:${f.action}`)).toEqual(expected);
    for (const finding of decision.findings) {
      for (const e of finding.evidence!) expect(text.slice(...e.span!)).toContain(String(e.data!.host).split('.')[0]);
    }
  });

  it('refuses a malformed registered host at construction', () => {
    expect(() => urlRegistration({ registeredUrls: ['not a host'] })).toThrow(/host name/);
  });
});

describe('ksa/adv-opt-out-notice', () => {
  it.each([
    ['تخفيضات 30%', true],
    ['تخفيضات 30%. لإيقاف الرسائل أرسل إيقاف', false],
    ['تخفيضات 30%. لإيقاف العروض أرسل 0', false],
    ['30% off. Reply STOP to opt out', false],
    ['تخفيضــات 30%. لإيقـاف الرسائل أرسـل إيقاف', false],
    ['30% off everything', true],
  ] as const)('%s → warns: %s', (text, warns) => {
    expect(lint([advOptOutNotice()], text).findings.length).toBe(warns ? 1 : 0);
  });
});

describe('ksa/adv-links-numbers', () => {
  it.each([
    ['تخفيضات 30%. لإيقاف الرسائل أرسل إيقاف', []],
    ['Order on wa.me/966501234567', ['ksa.adv-chat-link', 'ksa.adv-phone-number']],
    ['اتصل على ٠٥٠١٢٣٤٥٦٧ الآن', ['ksa.adv-phone-number']],
    ['Call 050-123-4567 today', ['ksa.adv-phone-number']],
    ['Shop at acme.sa, 30% off until 2026-03-10', []],
  ] as const)('%s → %j', (text, expected) => {
    const decision = lint([advLinksNumbers()], text);
    expect(decision.findings.map((f) => f.messageId)).toEqual(expected);
    for (const finding of decision.findings) {
      for (const e of finding.evidence!) {
        expect(e.excerpt).not.toMatch(/\d{7,}/);
        expect(e.span![1]).toBeLessThanOrEqual(text.length);
      }
    }
  });

  it('checks only promotional messages', () => {
    expect(lint([advLinksNumbers()], 'Call 0501234567 for your order', 'SRV').findings).toEqual([]);
  });
});
