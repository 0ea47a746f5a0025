/**
 * Locale formatting for the HTML report: numbers, percentages, money and dates per locale (English, or
 * Arabic as written in Jordan), dates and times in Asia/Amman. Every formatted value is bidi-isolated
 * (`<bdi>`), so an Arabic sentence around a Latin rule id or a date never reorders it.
 */
import type { Locale } from '../../../core/types.js';

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export interface Formatter {
  locale: Locale;
  dir: 'ltr' | 'rtl';
  number(n: number): string;
  percent(part: number, whole: number): string;
  money(amount: number, currency: string): string;
  /** Date and time in Amman, e.g. `3 Dec 2026, 20:58`. */
  dateTime(iso: string): string;
  /** Day and month in Amman, for chart axes. */
  day(iso: string): string;
  /** Hour in Amman, for chart axes. */
  hour(iso: string): string;
  /** A `<time>` element with the date bidi-isolated. */
  time(iso: string): string;
  /** Any text bidi-isolated and escaped. */
  isolate(text: string): string;
}

export const REPORT_ZONE = 'Asia/Amman';

/**
 * A share as a percentage that never reads as none or all when it is neither: 6 of 20,000 is "0.03%", not "0%",
 * and 19,994 of 20,000 is "99.9%", not "100%" (shares under 1% keep two significant digits, shares above
 * 99% are rounded down, others to one decimal).
 */
export function sharePercent(percent: Intl.NumberFormat, fine: Intl.NumberFormat, share: number): string {
  if (share > 0 && share < 0.01) return fine.format(share);
  if (share > 0.99 && share < 1) return percent.format(Math.floor(share * 1_000) / 1_000);
  return percent.format(share);
}

export function formatter(locale: Locale): Formatter {
  const tag = locale === 'ar' ? 'ar-JO' : 'en-GB';
  const numbers = new Intl.NumberFormat(tag);
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  const fine = new Intl.NumberFormat(tag, { style: 'percent', maximumSignificantDigits: 2 });
  const dateTime = new Intl.DateTimeFormat(tag, {
    timeZone: REPORT_ZONE,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const day = new Intl.DateTimeFormat(tag, { timeZone: REPORT_ZONE, day: 'numeric', month: 'short' });
  const hour = new Intl.DateTimeFormat(tag, {
    timeZone: REPORT_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const isolate = (text: string) => `<bdi>${escapeHtml(text)}</bdi>`;
  return {
    locale,
    dir: locale === 'ar' ? 'rtl' : 'ltr',
    number: (n) => numbers.format(n),
    percent: (part, whole) => sharePercent(percent, fine, whole > 0 ? part / whole : 0),
    money: (amount, currency) =>
      new Intl.NumberFormat(tag, { style: 'currency', currency, maximumFractionDigits: 3 }).format(amount),
    dateTime: (iso) => dateTime.format(new Date(iso)),
    day: (iso) => day.format(new Date(iso)),
    hour: (iso) => hour.format(new Date(iso)),
    time: (iso) => `<time datetime="${escapeHtml(iso)}">${isolate(dateTime.format(new Date(iso)))}</time>`,
    isolate,
  };
}
