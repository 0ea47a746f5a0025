import type { LocaleBundle } from '../../core/locale.js';

const terms = (p: Record<string, unknown>): string => (p.terms ? ` (${String(p.terms)})` : '');

/** content messages, English. */
export const content = {
  'content.adult': (p) => `Adult content is not allowed (policy P9a); score ${p.score}${terms(p)}.`,
  'content.pyramid': (p) => `Pyramid or multi-level marketing scheme (policy P9b); score ${p.score}${terms(p)}.`,
  'content.piracy': (p) => `Pirated content or services (policy P9c); score ${p.score}${terms(p)}.`,
  'content.prescription': (p) =>
    `Selling prescription medicines is not allowed (policy P9d); score ${p.score}${terms(p)}.`,
  'content.counterfeit': (p) => `Counterfeit goods (policy P9e); score ${p.score}${terms(p)}.`,
  'content.gambling': (p) => `Gambling promotion (policy P9f); score ${p.score}${terms(p)}.`,
  'content.drugs': (p) => `Illegal drugs (policy P9f); score ${p.score}${terms(p)}.`,
  'content.weapons': (p) => `Weapons for sale (policy P9f); score ${p.score}${terms(p)}.`,
  'content.phishing': (p) =>
    `Looks like phishing: it asks for credentials or points to a look-alike link (policy P7); score ${p.score}${terms(p)}.`,
  'content.fraud': (p) =>
    `Looks like a scam (prize, advance fee, fake job or investment) (policy P9f); score ${p.score}${terms(p)}.`,
  'content.abuse': (p) => `Threatening, insulting or alarming content (policy P9f); score ${p.score}${terms(p)}.`,
} satisfies LocaleBundle;
