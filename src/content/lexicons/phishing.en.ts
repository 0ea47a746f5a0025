/**
 * phishing / en: development seed lexicon.
 * Source: Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'phishing',
  language: 'en',
  source:
    'Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.',
  terms: [
    { term: 'cvv', weight: 6 },
    { term: 'otp', weight: 3 },
    { term: 'pin', weight: 2 },
    { term: 'password', weight: 3 },
    { term: 'one time password', weight: 3 },
    { term: 'verification code', weight: 2 },
    { term: 'card number', weight: 4 },
    { term: 'account suspended', weight: 4 },
    { term: 'account has been suspended', weight: 5 },
    { term: 'verify your account', weight: 5 },
    { term: 'confirm your identity', weight: 4 },
    { term: 'login details', weight: 4 },
    { term: 'bank details', weight: 4 },
    { term: 'security code', weight: 3 },
    { term: 'unusual activity', weight: 3 },
    { term: 'click here to verify', weight: 6 },
    { term: 'update your details', weight: 4 },
    { term: 'expiry date', weight: 3 },
    { term: 'account will be blocked', weight: 5 },
  ],
  negatives: [
    { term: 'never ask', weight: -6 },
    { term: 'do not share', weight: -5 },
    { term: "don't share", weight: -5 },
    { term: 'never share', weight: -5 },
  ],
} satisfies Lexicon;
