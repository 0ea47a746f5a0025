/**
 * gambling — English terms.
 * Source: Own compilation (2026-11) of common SMS-spam and scam phrasing; English ham of the UCI SMS Spam Collection (Almeida & Gomez Hidalgo, UCI ML Repository dataset 228, CC BY 4.0) was read only to check that terms are not everyday chat words; no term copied from it. Scope: platform policy P9f and the Jordan Penal Code (gambling houses and games of chance are offences; named as commonly cited, the official text was not consulted); operator brand names are public offshore betting sites as advertised in 2026-11.
 * Licence: MIT, with the package (own work; facts named above are cited, not copied). Reviewed: 2026-11.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'gambling',
  language: 'en',
  source:
    'Own compilation (2026-11) of common SMS-spam and scam phrasing; English ham of the UCI SMS Spam Collection (Almeida & Gomez Hidalgo, UCI ML Repository dataset 228, CC BY 4.0) was read only to check that terms are not everyday chat words; no term copied from it. Scope: platform policy P9f and the Jordan Penal Code (gambling houses and games of chance are offences; named as commonly cited, the official text was not consulted); operator brand names are public offshore betting sites as advertised in 2026-11.',
  terms: [
    { term: 'betting', weight: 6, tag: 'betting' },
    { term: 'sports betting', weight: 9, tag: 'betting' },
    { term: 'bet now', weight: 8, tag: 'betting' },
    { term: 'place your bet', weight: 8, tag: 'betting' },
    { term: 'place your bets', weight: 8, tag: 'betting' },
    { term: 'free bet', weight: 8, tag: 'betting' },
    { term: 'free bets', weight: 8, tag: 'betting' },
    { term: 'betting tips', weight: 7, tag: 'betting' },
    { term: 'fixed match', weight: 9, tag: 'betting' },
    { term: 'fixed matches', weight: 9, tag: 'betting' },
    { term: 'sure odds', weight: 8, tag: 'betting' },
    { term: 'sure win', weight: 5, tag: 'betting' },
    { term: 'accumulator', weight: 4, tag: 'betting' },
    { term: 'wager', weight: 5, tag: 'betting' },
    { term: 'bookmaker', weight: 5, tag: 'betting' },
    { term: 'bookie', weight: 5, tag: 'betting' },
    { term: 'gambling', weight: 5, tag: 'betting' },
    { term: 'gamble', weight: 4, tag: 'betting' },
    { term: 'casino', weight: 5, tag: 'casino' },
    { term: 'online casino', weight: 10, tag: 'casino' },
    { term: 'live casino', weight: 9, tag: 'casino' },
    { term: 'roulette', weight: 7, tag: 'casino' },
    { term: 'blackjack', weight: 6, tag: 'casino' },
    { term: 'poker', weight: 3, tag: 'casino' },
    { term: 'slots', weight: 5, tag: 'casino' },
    { term: 'slot machine', weight: 6, tag: 'casino' },
    { term: 'free spins', weight: 8, tag: 'casino' },
    { term: 'jackpot', weight: 3, tag: 'casino' },
    { term: '1xbet', weight: 10, tag: 'brand' },
    { term: 'bet365', weight: 9, tag: 'brand' },
    { term: 'betway', weight: 9, tag: 'brand' },
    { term: 'melbet', weight: 9, tag: 'brand' },
    { term: 'parimatch', weight: 9, tag: 'brand' },
    { term: '22bet', weight: 9, tag: 'brand' },
    { term: 'sportybet', weight: 9, tag: 'brand' },
    { term: 'welcome bonus', weight: 3, tag: 'bonus' },
    { term: 'deposit bonus', weight: 6, tag: 'bonus' },
    { term: 'first deposit', weight: 4, tag: 'bonus' },
    { term: 'deposit match', weight: 6, tag: 'bonus' },
  ],
  negatives: [
    { term: 'gambling addiction', weight: -6 },
    { term: 'problem gambling', weight: -5 },
    { term: 'gambling helpline', weight: -5 },
  ],
} satisfies Lexicon;
