/**
 * detectKeyword: what an inbound reply asks for — opt-out, opt-in, help — in English, Arabic and Arabizi.
 *
 * Pipeline (data → normaliser → matcher, spans back to the original): `normalize()` from the text toolkit,
 * tokens of letters/digits (apostrophes kept inside), runs of three or more single letters joined
 * (`s t o p` → `stop`), each token compared in canonical form (letter runs collapsed to one) and in a
 * look-alike form (`st0p`, `$top`). Then, in order:
 * 1. any clause (split at sentence punctuation) made only of commands, fillers and message nouns that holds an
 *    opt-out command (`STOP please`, `Who is this? STOP`, «الغاء الاشتراك لو سمحت»);
 * 2. a free-text opt-out phrase anywhere (`please stop texting me`, «لا أريد رسائل»);
 * 3. the whole message made only of commands and fillers holding an opt-in or help command.
 * Missing an opt-out is the costly error, so opt-out is tried first and on clauses; opt-in and help must be
 * the whole message. An opt-out verb under a negation in its clause ("Please don't stop the offers",
 * «ما بدي ألغي», `mesh 3ayez awa2af`) is not a request and is passed over at every step; a negated SEND verb or
 * noun ("don't send me messages", «لا ترسلوا لي») is the opt-out phrase itself. Linear in the input; the first
 * 4,000 characters are read.
 */
import { normalize, toOriginalSpan } from '../text/normalize.js';
import type { KeywordLanguage } from './data/keywords.js';
import {
  NEUTRAL,
  OBJECTS,
  PHRASES,
  WHOLE_ONLY,
  commandsOf,
  matchSlots,
  negatorOf,
  type Found,
  type Phrase,
  unnegated,
} from './_keyword-phrases.js';
import { MAX_INPUT, formsOf, joinSpelled, tokenize, type Token } from './_keyword-tokens.js';

export type KeywordIntent = 'opt-out' | 'opt-in' | 'help';

export interface KeywordMatch {
  intent: KeywordIntent | null;
  /** The command or phrase recognised, in canonical (normalised) form. */
  keyword?: string;
  language?: KeywordLanguage;
  /** Where it is in the original text, half-open UTF-16 offsets. */
  span?: [number, number];
}

/** The whole message as one token, for spaced-out spellings (`st op`, `un subscribe`, «ال غاء»). */
function joinedWhole(tokens: Token[]): Token[] | null {
  if (tokens.length < 2 || tokens.length > 5 || tokens.some((t) => t.text.length > 6)) return null;
  const text = tokens.map((t) => t.text).join('');
  return [{ text, start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, forms: formsOf(text) }];
}

const CLAUSE_BREAK = /[.!?;,:\n\r()[\]{}"«»\u2026\u061f\u060c\u061b]+/g;

function result(
  normalized: ReturnType<typeof normalize>,
  tokens: Token[],
  found: Found | { phrase?: Phrase; start: number; end: number },
): KeywordMatch {
  const first = tokens[found.start]!;
  const last = tokens[found.end - 1]!;
  const span = toOriginalSpan(normalized, [first.start, last.end]);
  if ('command' in found) {
    return {
      intent: found.command.intent,
      keyword: found.command.tokens.join(' '),
      language: found.command.language,
      span,
    };
  }
  const keyword = tokens
    .slice(found.start, found.end)
    .map((token) => token.forms[0])
    .join(' ');
  return { intent: 'opt-out', keyword, language: found.phrase?.language ?? 'arabizi', span };
}

const PRIORITY: Record<KeywordIntent, number> = { 'opt-out': 0, 'opt-in': 1, help: 2 };

function best(found: Found[]): Found | undefined {
  let winner: Found | undefined;
  for (const f of found) if (!winner || PRIORITY[f.command.intent] < PRIORITY[winner.command.intent]) winner = f;
  return winner;
}

/**
 * Reads an inbound SMS reply and says whether it asks to opt out, opt in or for help.
 *
 * @example
 * detectKeyword('STOP please');              // { intent: 'opt-out', keyword: 'stop', language: 'en', span: [0, 4] }
 * detectKeyword('لا أريد رسائل');            // { intent: 'opt-out', language: 'ar', ... }
 * detectKeyword('stop by the shop tomorrow?'); // { intent: null }
 */
export function detectKeyword(text: string): KeywordMatch {
  if (typeof text !== 'string' || text.length === 0) return { intent: null };
  const normalized = normalize(text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text);
  const all = joinSpelled(tokenize(normalized.text));
  if (all.length === 0) return { intent: null };

  // 1. Opt-out commands, clause by clause (and the whole message spelled with stray spaces).
  const clauses: Token[][] = [];
  // For each token, the index (in `all`) of the first token of its clause: negations stop at clause breaks.
  const clauseStart: number[] = [];
  const breaks = [...normalized.text.matchAll(CLAUSE_BREAK)].map((m) => m.index);
  let b = 0;
  let current: Token[] = [];
  for (const [index, token] of all.entries()) {
    while (b < breaks.length && breaks[b]! < token.start) {
      if (current.length > 0) clauses.push(current);
      current = [];
      b++;
    }
    current.push(token);
    clauseStart.push(index - current.length + 1);
  }
  if (current.length > 0) clauses.push(current);
  const negated = (i: number) => negatorOf(all, i, clauseStart[i]!) >= 0;
  for (const clause of clauses) {
    const found = commandsOf(clause);
    const optOut = found && unnegated(clause, found).find((f) => f.command.intent === 'opt-out');
    if (optOut) {
      const offset = all.indexOf(clause[0]!);
      return result(normalized, all, { ...optOut, start: optOut.start + offset, end: optOut.end + offset });
    }
  }
  const whole = joinedWhole(all);
  const wholeFound = whole ? commandsOf(whole) : null;
  const wholeCommand = wholeFound ? best(wholeFound) : undefined;
  if (wholeCommand?.command.intent === 'opt-out') {
    return result(normalized, all, { ...wholeCommand, start: 0, end: all.length });
  }

  // 2. Free-text opt-out phrases anywhere.
  for (let i = 0; i < all.length; i++) {
    if (negated(i)) continue;
    for (const phrase of PHRASES) {
      const end = matchSlots(all, i, phrase.slots, 0);
      if (end > i) return result(normalized, all, { phrase, start: i, end });
    }
  }

  // 2b. An opt-out verb stem (any inflection) with a message noun or «رقمي» within the next three words.
  for (let i = 0; i < all.length; i++) {
    if (!all[i]!.stem || negated(i)) continue;
    for (let j = i + 1; j <= i + 3 && j < all.length; j++) {
      if (all[j]!.forms.some((form) => OBJECTS.has(form))) {
        const language: KeywordLanguage = /[a-z]/.test(all[i]!.text) ? 'arabizi' : 'ar';
        return { ...result(normalized, all, { start: i, end: j + 1 }), language };
      }
    }
  }

  // 3. Opt-in or help: the whole message, every clause a command or filler.
  const found: Found[] = [];
  let offset = 0;
  for (const clause of clauses) {
    const commands = commandsOf(clause);
    if (!commands) {
      found.length = 0;
      break;
    }
    for (const f of unnegated(clause, commands)) found.push({ ...f, start: f.start + offset, end: f.end + offset });
    offset += clause.length;
  }
  const winner = best(found) ?? (wholeCommand ? { ...wholeCommand, start: 0, end: all.length } : undefined);
  if (winner) return result(normalized, all, winner);

  // 4. A reply made only of fillers with an "enough!" word («خلاص», `khalas ba2a`).
  const enough = all.findIndex((token) => token.forms.some((form) => WHOLE_ONLY.has(form)));
  if (
    enough >= 0 &&
    all.length <= 6 &&
    all.every((token) => token.forms.some((form) => NEUTRAL.has(form) || WHOLE_ONLY.has(form)))
  ) {
    const token = all[enough]!;
    const language: KeywordLanguage = /[a-z]/.test(token.text)
      ? token.forms[0] === 'enough'
        ? 'en'
        : 'arabizi'
      : 'ar';
    return {
      intent: 'opt-out',
      keyword: token.forms[0]!,
      language,
      span: toOriginalSpan(normalized, [token.start, token.end]),
    };
  }
  return { intent: null };
}
