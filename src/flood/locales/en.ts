import type { LocaleBundle } from '../../core/locale.js';

/** A window length in words: `1 s`, `10 min`, `24 h`. */
function span(ms: unknown): string {
  const value = Number(ms);
  if (value % 3_600_000 === 0) return `${value / 3_600_000} h`;
  if (value % 60_000 === 0) return `${value / 60_000} min`;
  if (value % 1_000 === 0) return `${value / 1_000} s`;
  return `${value} ms`;
}

/** flood messages, English. */
export const flood = {
  'flood.account-throughput': (p) =>
    `This account is over its sending rate (${p.limit} messages per ${span(p.windowMs)}); retry in ${p.retryAfterSeconds} s.`,
  'flood.recipient-burst': (p) =>
    `${p.recipient} has received too many messages (over ${p.limit} per ${span(p.windowMs)}) — possible SMS bombing; retry in ${p.retryAfterSeconds} s.`,
  'flood.duplicate-content': (p) =>
    `The same text already went to ${p.recipient} within ${span(p.windowMs)} (limit ${p.limit}).`,
  'flood.duplicate-content-near': (p) =>
    `Nearly the same text already went to ${p.recipient} within ${span(p.windowMs)} (limit ${p.limit}).`,
  'flood.recipient-many-accounts': (p) =>
    `${p.recipient} was messaged by more than ${p.limit} different accounts within ${span(p.windowMs)}; retry in ${p.retryAfterSeconds} s.`,
  'flood.recipient-daily-cap': (p) =>
    `${p.recipient} already got ${p.limit} message(s) from this sender today; the next day starts in ${p.retryAfterSeconds} s.`,
} satisfies LocaleBundle;
