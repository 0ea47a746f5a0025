/**
 * `content/phishing` (policy P7, P5): messages that try to get credentials, card data or codes, or make the
 * reader follow a link or call a number under a false pretext — an account or card "blocked", a parcel held
 * for a fee, a fine or a refund waiting, a charge "if this was not you" — and links that imitate a brand.
 */
import type { Rule } from '../core/types.js';
import { singleCategoryRule } from './_rule.js';
import type { CategorySpec } from './_spec.js';
import type { ContentOptions } from './options.js';

const ENTITY = ['account', 'card', 'sim'];
const STATE = ['blocked', 'problem'];
const ACT = ['update', 'click', 'call', 'ask', 'reply'];
const CHANNEL = ['link', 'phone', 'email', 'messaging', 'link-messaging'];
const RISKY_LINK = ['link-shortener', 'link-free-host', 'link-risky-tld', 'link-ip', 'link-defanged', 'link-punycode'];
const PRETEXT = [
  'account',
  'card',
  'blocked',
  'problem',
  'update',
  'credential',
  'parcel',
  'fee',
  'fine',
  'refund',
  'transaction',
];

export const PHISHING = {
  category: 'phishing',
  source: 'policy P7',
  description:
    'Requests for credentials, card data or codes, and false pretexts (account blocked, parcel fee, fine, refund, fake charge) with a link or number',
  concepts: [],
  weights: { 'link-lookalike': 6, 'link-ip': 1, 'link-punycode': 1 },
  frames: [
    {
      id: 'account-threat',
      weight: 2,
      near: [ENTITY, STATE],
      window: 8,
      note: 'an account, card or SIM said to be blocked or at risk',
    },
    {
      id: 'account-threat-action',
      weight: 5,
      near: [ENTITY, STATE, ACT],
      window: 18,
      note: '… and an instruction: update, click, call, send',
    },
    {
      id: 'account-threat-channel',
      weight: 8,
      near: [ENTITY, STATE],
      window: 14,
      with: [CHANNEL],
      note: '… with a link, number or chat to act on',
    },
    {
      id: 'update-channel',
      weight: 3,
      near: [['update'], ENTITY],
      window: 6,
      with: [CHANNEL],
      note: 'update or verify your account or card, with a link or number',
    },
    {
      id: 'credential-ask',
      weight: 6,
      near: [['ask', 'update', 'click', 'reply'], 'credential'],
      window: 5,
      note: 'send, enter or confirm a password, PIN, code or card data',
    },
    {
      id: 'credential-ask-channel',
      weight: 8,
      near: [['ask', 'update', 'click', 'reply'], 'credential'],
      window: 8,
      with: [['link', 'phone', 'email', 'messaging', 'link-messaging', 'shortcode']],
      note: '… with a link or number',
    },
    {
      id: 'code-by-mistake',
      weight: 8,
      near: ['secret-code-share', ['credential', 'code']],
      window: 8,
      note: 'send me the code that reached you by mistake',
    },
    {
      id: 'code-ask',
      weight: 4,
      near: ['ask', 'code'],
      window: 4,
      with: [['phone', 'link', 'messaging', 'secret-code-share']],
      note: 'send the code to a number or link',
    },
    { id: 'parcel-fee', weight: 4, near: ['parcel', 'fee'], window: 14, note: 'a parcel and a fee to pay' },
    { id: 'parcel-held', weight: 3, near: ['parcel', 'held'], window: 12, note: 'a parcel held, failed or waiting' },
    {
      id: 'parcel-link',
      weight: 7,
      near: ['parcel', ['fee', 'held', 'update']],
      window: 20,
      with: [['link', 'phone']],
      note: '… with a link or number',
    },
    {
      id: 'fine-pay',
      weight: 4,
      near: ['fine', ['fee', 'click', 'update', 'urgent']],
      window: 14,
      note: 'a fine, violation or lawsuit to settle',
    },
    {
      id: 'fine-link',
      weight: 7,
      near: ['fine', ['fee', 'click', 'update', 'authority', 'urgent']],
      window: 20,
      with: [['link', 'phone']],
      note: '… with a link or number',
    },
    {
      id: 'authority-update',
      weight: 3,
      near: ['authority', ['update', 'fee', 'held']],
      window: 12,
      with: [['link']],
      note: 'a government body asking to update or pay through a link',
    },
    {
      id: 'pay-link',
      weight: 5,
      near: ['fee', ['urgent', 'fine', 'held']],
      window: 14,
      with: [['link']],
      note: 'a fee to pay now through a link',
    },
    {
      id: 'refund-claim',
      weight: 4,
      near: ['refund', ['claim', 'update', 'click', 'ask']],
      window: 14,
      note: 'a refund, grant or compensation to claim',
    },
    {
      id: 'refund-link',
      weight: 7,
      near: ['refund', ['claim', 'update', 'click', 'ask', 'authority']],
      window: 20,
      with: [['link', 'phone']],
      note: '… with a link or number',
    },
    {
      id: 'charge-not-you',
      weight: 4,
      near: ['transaction', 'not-you'],
      window: 22,
      note: 'a charge "if this was not you"',
    },
    {
      id: 'charge-not-you-channel',
      weight: 7,
      near: ['transaction', 'not-you'],
      window: 24,
      with: [['link', 'phone', 'call', 'click']],
      note: '… with a number or link to "cancel"',
    },
    {
      id: 'lookalike-pretext',
      weight: 4,
      near: ['link-lookalike', PRETEXT],
      window: 40,
      note: 'a brand look-alike link with an account or payment pretext',
    },
    {
      id: 'risky-link-pretext',
      weight: 3,
      near: [RISKY_LINK, PRETEXT],
      window: 40,
      note: 'a shortener, free host, raw IP or defanged link with a pretext',
    },
    {
      id: 'urgent-threat',
      weight: 2,
      near: [STATE, 'urgent'],
      window: 10,
      with: [CHANNEL],
      note: 'urgency around the threat',
    },
    {
      id: 'brand-threat',
      weight: 4,
      near: ['brand', [...STATE, 'transaction', 'update']],
      window: 12,
      with: [['phone', 'link']],
      note: 'a bank or service name, a threat and a number',
    },
    {
      id: 'code-delivery',
      weight: -6,
      near: ['code-delivery'],
      note: 'an OTP delivered to the reader ("your code is …")',
    },
    {
      id: 'code-digits',
      weight: -5,
      near: [['credential', 'code'], 'code-number'],
      window: 4,
      note: 'a code followed by its digits: a delivery, not a request',
    },
    { id: 'no-fee', weight: -3, near: ['no-fee'], note: 'no payment is needed' },
    {
      id: 'security-advice',
      weight: -3,
      near: ['security-advice'],
      note: 'security advice ("we never ask for your PIN")',
    },
    {
      id: 'official-route',
      weight: -5,
      near: ['official-route'],
      note: 'sends the reader to the official app, a branch or the number on the card',
    },
    { id: 'official-link', weight: -5, near: ['link-official'], note: "a link on the brand's own domain" },
    {
      id: 'service-number',
      weight: -3,
      near: ['phone-service'],
      note: 'a unified or toll-free service number of a Gulf company',
    },
    { id: 'appointment', weight: -2, near: ['appointment'], note: 'an appointment or pickup notice' },
  ],
  reviewAt: 4,
  denyAt: 10,
  cap: 20,
  obfuscationWeight: 2,
  yieldsTo: ['gambling', 'adult', 'piracy', 'counterfeit', 'drugs', 'prescription', 'weapons', 'pyramid'],
  examples: {
    flagged: [
      'Your account is blocked. Send your OTP to 0791234567 to unlock it',
      'عميلنا العزيز تم ايقاف بطاقة الصراف الآلي الخاصة بك لعدم تحديث البيانات، يرجى التحديث عبر الرابط http://bit.ly/x1',
      'Your parcel is on hold: pay the 1.99 redelivery fee at post-track.top/pay',
      'A charge of $499 was made on your card. If this was not you call 1-800-555-0199',
    ],
    clean: [
      'Your verification code is 482913. Do not share this code with anyone.',
      'رمز التحقق الخاص بك هو 4821، لا تشارك هذا الرمز مع أي شخص',
      'Your card was blocked after three wrong PIN entries. Please visit your nearest branch.',
      'Your parcel 44812 will be delivered today between 2 and 5 pm.',
    ],
  },
} as const satisfies CategorySpec;

/**
 * The `content/phishing` rule: flags requests for passwords, PINs, OTPs and card data, and false pretexts (an
 * account or card blocked, a parcel held for a fee, a fine or refund waiting, a charge "if this was not you")
 * that come with a link or a number, in Arabic, English and Arabizi, through obfuscation (policy P7).
 * `contentRules()` builds all eleven content rules on one shared classifier, which is cheaper.
 *
 * @example
 * const policy = createPolicy({ rules: [phishing()] });
 * policy.lint({ senderId: 'adv Shop', kind: 'ADV', text: 'Your account is blocked. Send your OTP to 0791234567 to unlock it' }).verdict; // 'deny'
 */
export function phishing(options?: ContentOptions): Rule {
  return singleCategoryRule(PHISHING, options, 'phishing');
}
