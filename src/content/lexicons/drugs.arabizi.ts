/**
 * drugs — Arabizi (Latin-script Arabic) terms.
 * Source: Own compilation (2026-11) of Arabizi spellings (Latin letters, digits 2/3/5/7/8/9 for hamza, ain, kha, ha, ghain/qaf, sad) of the Arabic terms, Levantine and Gulf usage; no external word list copied. Substance names follow the usual UNODC terminology (World Drug Report 2024: cannabis, cocaine, opioids, amphetamine-type stimulants; "Captagon" = fenethylline-branded amphetamine pills trafficked in the Levant and Gulf). Scope: platform policy P9f and Jordan Narcotic Drugs and Psychotropic Substances Law no. 23 of 2016 (law named as commonly cited; the official text was not consulted).
 * Licence: MIT, with the package (own work; facts named above are cited, not copied). Reviewed: 2026-11.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'drugs',
  language: 'arabizi',
  source:
    'Own compilation (2026-11) of Arabizi spellings (Latin letters, digits 2/3/5/7/8/9 for hamza, ain, kha, ha, ghain/qaf, sad) of the Arabic terms, Levantine and Gulf usage; no external word list copied. Substance names follow the usual UNODC terminology (World Drug Report 2024: cannabis, cocaine, opioids, amphetamine-type stimulants; "Captagon" = fenethylline-branded amphetamine pills trafficked in the Levant and Gulf). Scope: platform policy P9f and Jordan Narcotic Drugs and Psychotropic Substances Law no. 23 of 2016 (law named as commonly cited; the official text was not consulted).',
  terms: [
    { term: '7ashish', weight: 9, tag: 'substance' },
    { term: '7asheesh', weight: 9, tag: 'substance' },
    { term: '7shish', weight: 9, tag: 'substance' },
    { term: '7sheesh', weight: 9, tag: 'substance' },
    { term: 'kabtagon', weight: 10, tag: 'substance' },
    { term: 'kaptagon', weight: 10, tag: 'substance' },
    { term: 'kabtajon', weight: 10, tag: 'substance' },
    { term: 'kabtajoon', weight: 10, tag: 'substance' },
    { term: 'kbtagon', weight: 9, tag: 'substance' },
    { term: 'abu hlalein', weight: 8, tag: 'substance' },
    { term: 'abu 7lalen', weight: 8, tag: 'substance' },
    { term: 'mo5adarat', weight: 7, tag: 'substance' },
    { term: 'mukhadarat', weight: 7, tag: 'substance' },
    { term: 'mokhadrat', weight: 7, tag: 'substance' },
    { term: 'mo5adrat', weight: 7, tag: 'substance' },
    { term: 'bango', weight: 8, tag: 'substance' },
    { term: 'banjo 7ashish', weight: 9, tag: 'substance' },
    { term: 'shabo', weight: 8, tag: 'substance' },
    { term: 'shabu', weight: 8, tag: 'substance' },
    { term: '2ofyoon', weight: 8, tag: 'substance' },
    { term: 'afyoon', weight: 8, tag: 'substance' },
    { term: 'kokayin', weight: 10, tag: 'substance' },
    { term: 'kokain', weight: 10, tag: 'substance' },
    { term: 'heroin', weight: 9, tag: 'substance' },
    { term: '7ashish lal bee3', weight: 10, tag: 'sale' },
    { term: 'mo5adarat lal bee3', weight: 10, tag: 'sale' },
    { term: 'tawseel 7ashish', weight: 10, tag: 'sale' },
    { term: 'm7ashesh', weight: 4, tag: 'slang' },
    { term: 'ta7shish', weight: 3, tag: 'slang' },
  ],
  negatives: [
    { term: 'mukafa7at al mo5adarat', weight: -6 },
    { term: 'mukafahat almukhadarat', weight: -6 },
    { term: 'la lal mo5adarat', weight: -6 },
  ],
} satisfies Lexicon;
