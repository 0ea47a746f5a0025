/**
 * phishing — Arabizi (Latin-script Arabic) terms.
 * Source: Own compilation (2026-11) of Arabizi spellings (Latin letters, digits 2/3/5/7/8/9 for hamza, ain, kha, ha, ghain/qaf, sad) of the Arabic terms, Levantine and Gulf usage; no external word list copied. Scope: platform policy P5 and P7 (the platform never asks for passwords or financial data; beware impersonators). Jordanian service names (CliQ instant payments run by JoPACC, eFAWATEERcom bill payments, the Sanad government app, Jordan Post, Aramex) are from their public websites as of 2026-11; the protected-brand list for links lives in the engine, not here.
 * Licence: MIT, with the package (own work; facts named above are cited, not copied). Reviewed: 2026-11.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'phishing',
  language: 'arabizi',
  source:
    'Own compilation (2026-11) of Arabizi spellings (Latin letters, digits 2/3/5/7/8/9 for hamza, ain, kha, ha, ghain/qaf, sad) of the Arabic terms, Levantine and Gulf usage; no external word list copied. Scope: platform policy P5 and P7 (the platform never asks for passwords or financial data; beware impersonators). Jordanian service names (CliQ instant payments run by JoPACC, eFAWATEERcom bill payments, the Sanad government app, Jordan Post, Aramex) are from their public websites as of 2026-11; the protected-brand list for links lives in the engine, not here.',
  terms: [
    { term: 'ib3atli el code', weight: 8, tag: 'send-code' },
    { term: 'eb3atli el code', weight: 8, tag: 'send-code' },
    { term: 'ib3atli el ramz', weight: 8, tag: 'send-code' },
    { term: 'ib3thli el code', weight: 8, tag: 'send-code' },
    { term: 'b3tli el code', weight: 8, tag: 'send-code' },
    { term: '3tini el code', weight: 8, tag: 'send-code' },
    { term: '3teeni el code', weight: 8, tag: 'send-code' },
    { term: '3tini el ramz', weight: 8, tag: 'send-code' },
    { term: 'el code elli wasalak', weight: 8, tag: 'send-code' },
    { term: 'el code eli wasalk', weight: 8, tag: 'send-code' },
    { term: 'el code eli ejak', weight: 8, tag: 'send-code' },
    { term: 'code bel ghalat', weight: 8, tag: 'send-code' },
    { term: 'code bil ghalat', weight: 8, tag: 'send-code' },
    { term: 'el ramz el sirri', weight: 5, tag: 'credential' },
    { term: 'ra2am el beta2a', weight: 4, tag: 'credential' },
    { term: 'raqam el bitaqa', weight: 4, tag: 'credential' },
    { term: 'rakam el bitaqa', weight: 4, tag: 'credential' },
    { term: 'kalimet el sir', weight: 2, tag: 'credential' },
    { term: '7sabak mawqoof', weight: 6, tag: 'account' },
    { term: '7esabak mawgoof', weight: 6, tag: 'account' },
    { term: '7sabak ra7 yetsakar', weight: 7, tag: 'account' },
    { term: '7esabak rah yitsakar', weight: 7, tag: 'account' },
    { term: '7adeth bayanatak', weight: 6, tag: 'account' },
    { term: '7adith bayanatak', weight: 6, tag: 'account' },
  ],
  negatives: [
    { term: 'la tshare el code', weight: -6 },
    { term: 'la t3ti el code', weight: -6 },
    { term: 'ma bntlob mnak', weight: -5 },
  ],
} satisfies Lexicon;
