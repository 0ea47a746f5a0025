/**
 * prescription — Arabizi (Latin-script Arabic) terms.
 * Source: Own compilation (2026-11) of Arabizi spellings (Latin letters, digits 2/3/5/7/8/9 for hamza, ain, kha, ha, ghain/qaf, sad) of the Arabic terms, Levantine and Gulf usage; no external word list copied. Scope: platform policy P9d (selling prescription drugs). Drug names are international non-proprietary names and well-known brand names of prescription-only medicines commonly misused or sold without prescription in the region (opioid analgesics, benzodiazepines, pregabalin, PDE5 inhibitors, misoprostol, anabolic steroids); own compilation.
 * Licence: MIT, with the package (own work; facts named above are cited, not copied). Reviewed: 2026-11.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'prescription',
  language: 'arabizi',
  source:
    'Own compilation (2026-11) of Arabizi spellings (Latin letters, digits 2/3/5/7/8/9 for hamza, ain, kha, ha, ghain/qaf, sad) of the Arabic terms, Levantine and Gulf usage; no external word list copied. Scope: platform policy P9d (selling prescription drugs). Drug names are international non-proprietary names and well-known brand names of prescription-only medicines commonly misused or sold without prescription in the region (opioid analgesics, benzodiazepines, pregabalin, PDE5 inhibitors, misoprostol, anabolic steroids); own compilation.',
  terms: [
    { term: 'tramal', weight: 7, tag: 'drug' },
    { term: 'tramadol', weight: 7, tag: 'drug' },
    { term: 'layrika', weight: 6, tag: 'drug' },
    { term: 'zanax', weight: 7, tag: 'drug' },
    { term: 'fiagra', weight: 6, tag: 'drug' },
    { term: 'viagra', weight: 6, tag: 'drug' },
    { term: 'syalis', weight: 6, tag: 'drug' },
    { term: 'saitotek', weight: 8, tag: 'drug' },
    { term: '7bob ejhad', weight: 7, tag: 'drug' },
    { term: '7boob ijhad', weight: 7, tag: 'drug' },
    { term: 'bdoon wasfe', weight: 6, tag: 'no-rx' },
    { term: 'bdon wasfa', weight: 6, tag: 'no-rx' },
    { term: 'bidun wasfe', weight: 6, tag: 'no-rx' },
    { term: 'bala wasfe', weight: 6, tag: 'no-rx' },
    { term: 'bdoon roshetta', weight: 6, tag: 'no-rx' },
    { term: 'men gheir wasfe', weight: 6, tag: 'no-rx' },
    { term: 'tramadol lal bee3', weight: 10, tag: 'sale' },
    { term: '7bob nom', weight: 3, tag: 'sale' },
    { term: 'mosakin 2awi', weight: 3, tag: 'sale' },
  ],
  negatives: [
    { term: 'dawam el saydaliye', weight: -5 },
    { term: 'maw3adak', weight: -3 },
  ],
} satisfies Lexicon;
