import { phishing } from '../../src/index.js';
import { ruleCases } from './_rule-cases.js';

ruleCases(
  'content/phishing',
  phishing,
  [
    {
      name: 'English OTP request with a call-back number',
      text: 'Your account is blocked. Send your OTP to 0791234567 to unlock it',
      expect: 'deny',
      evidence: ['Send your OTP'],
    },
    {
      name: 'English CVV request with a link',
      text: 'Confirm your card number and CVV at https://secure-pay.example.xyz now',
      expect: 'deny',
      evidence: ['card number', 'https://secure-pay.example.xyz'],
    },
    {
      name: 'Arabic request for the verification code with a link',
      text: 'عميلنا العزيز، ارسل رمز التحقق الذي وصلك لتفعيل حسابك عبر http://bit.ly/3abc',
      expect: 'deny',
      evidence: ['ارسل رمز'],
    },
    {
      name: 'Arabizi request for the code',
      text: 'ib3atli el ramz elli wasalak 3ala 0791234567 hala2',
      expect: 'deny',
      evidence: ['ib3atli el ramz'],
    },
    {
      name: 'obfuscated: leet and spacing',
      text: 'S3nd y0ur P.I.N to 0791234567 or your card will be blocked',
      expect: 'deny',
      evidence: ['S3nd y0ur P.I.N'],
    },
    {
      name: 'look-alike bank domain',
      text: 'Arab Bank: unusual login, verify your account at arabbank-jo.com/login',
      expect: 'deny',
      evidence: ['arabbank-jo.com/login'],
    },
    {
      name: 'look-alike of a courier outside the region (USPS)',
      text: 'USPS: your package is on hold, settle the redelivery charge at usps-redeliver.top/pkg',
      expect: 'flagged',
      evidence: ['usps-redeliver.top/pkg'],
    },
    {
      name: 'look-alike of a streaming service (Spotify)',
      text: 'Spotify: your subscription could not be renewed. Update billing at spotify-billing-help.com',
      expect: 'flagged',
      evidence: ['spotify-billing-help.com'],
    },
  ],
  [
    { name: 'OTP delivery', text: 'Your verification code is 482913. Do not share this code with anyone.' },
    { name: 'Arabic OTP delivery', text: 'رمز التحقق الخاص بك هو 4821، لا تشارك هذا الرمز مع أي شخص' },
    { name: 'bank notice', text: 'Arab Bank will never ask for your password or PIN by SMS or phone. Stay safe.' },
    { name: 'ordinary chat', text: 'See you at 5 at the usual place, bring the charger' },
    {
      name: "a courier's own domain",
      text: 'USPS: your package was delivered today. Details at usps.com/track',
    },
    {
      name: "a streaming service's own domain",
      text: 'Spotify: your Premium plan renews on 3 Jan. Manage it at spotify.com/account',
    },
  ],
);
