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
import { escapeRegExp } from '../core/regex.js';
import {
  CONDITIONAL_NEGATORS,
  FILLERS,
  HELP_WORDS,
  type KeywordLanguage,
  type KeywordList,
  MESSAGE_NOUNS,
  NEGATION_BRIDGES,
  NEGATION_QUESTIONS,
  NEGATORS,
  OPT_IN_PAIRS,
  OPT_IN_WORDS,
  OPT_OUT_OBJECTS,
  OPT_OUT_PAIRS,
  OPT_OUT_PHRASES,
  OPT_OUT_STEMS,
  OPT_OUT_WORDS,
  PHRASE_CLASSES,
  WHOLE_MESSAGE_OPT_OUT,
} from './data/keywords.js';

export type KeywordIntent = 'opt-out' | 'opt-in' | 'help';

export interface KeywordMatch {
  intent: KeywordIntent | null;
  /** The command or phrase recognised, in canonical (normalised) form. */
  keyword?: string;
  language?: KeywordLanguage;
  /** Where it is in the original text, half-open UTF-16 offsets. */
  span?: [number, number];
}

const MAX_INPUT = 4_000;
const LANGUAGES: readonly KeywordLanguage[] = ['en', 'ar', 'arabizi'];

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', $: 's', '@': 'a' };

// Cyrillic and Greek letters that look Latin, for mixed-script tokens (`sTоP` with a Cyrillic о).
const CONFUSABLE: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ѕ: 's',
  ј: 'j',
  ԁ: 'd',
  ο: 'o',
  α: 'a',
  ε: 'e',
  τ: 't',
  ρ: 'p',
  ν: 'v',
  ι: 'i',
  κ: 'k',
  υ: 'u',
  μ: 'u',
};
const CONFUSABLE_CLASS = new RegExp(`[${Object.keys(CONFUSABLE).join('')}]`, 'g');

/** Letter runs to one letter, apostrophes dropped: the form every comparison uses. */
function canonical(token: string): string {
  let out = '';
  let last = '';
  for (const ch of token) {
    if (ch === "'" || ch === '’') continue;
    if (ch === last && /\p{L}/u.test(ch)) continue;
    out += ch;
    last = ch;
  }
  return out;
}

function canonicalEntry(entry: string): string[] {
  return tokenize(normalize(entry).text).map((token) => canonical(token.text));
}

/**
 * Arabizi has no fixed spelling: vowels come and go (`eshtrak`, `ishtirak`, `eshterak`; `mosa3ade`,
 * `musa3ada`). Its consonant skeleton (`az:shtrk`, `az:ms3d`) is compared as one more form. Only entries of
 * the Arabizi lists get skeleton keys, and only longer words, so English words cannot collide with them.
 */
function arabiziSkeleton(token: string): string | null {
  if (token.length < 5 || !/^[a-z0-9']+$/.test(token)) return null;
  let skeleton = '';
  for (const ch of token.replace(/['’]/g, '')) {
    if ('aeiou'.includes(ch)) continue;
    if (skeleton.endsWith(ch)) continue;
    skeleton += ch;
  }
  return skeleton.length >= 3 ? `az:${skeleton}` : null;
}

/** An entry's tokens in skeleton form when every token has one; else null. */
function skeletonEntry(tokens: string[]): string[] | null {
  const skeletons = tokens.map(arabiziSkeleton);
  return skeletons.every((sk) => sk !== null) ? (skeletons as string[]) : null;
}

// Long Latin opt-out words that tolerate one typo (edit or adjacent swap).
const FUZZY_WORDS = ['unsubscribe', 'stopall', 'optout'];

/** True when `a` and `b` differ by at most one insertion, deletion, substitution or adjacent swap. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The forms an input token is compared in. */
function formsOf(token: string): string[] {
  const unconfused = /[a-z]/.test(token) ? token.replace(CONFUSABLE_CLASS, (ch) => CONFUSABLE[ch] ?? ch) : token;
  const base = canonical(unconfused);
  const forms = [base];
  if (/[a-z]/.test(base) && /[0-9$@]/.test(base)) {
    const leet = canonical(base.replace(/[0-9$@]/g, (ch) => LEET[ch] ?? ch));
    if (leet !== base) forms.push(leet);
  }
  // Arabizi doubles a digit-letter for a geminate (`wa22ef`): compare with digit runs collapsed too.
  if (/[a-z]/.test(base) && /(\d)\1/.test(base)) forms.push(base.replace(/(\d)\1+/g, '$1'));
  // A leading Arabic «و» ("and") glued to a command; «هال»/«بال» (this-the, with-the) before a noun.
  if (base.length > 4 && base.startsWith('و')) forms.push(base.slice(1));
  if (base.length > 5 && (base.startsWith('هال') || base.startsWith('بال'))) forms.push(base.slice(1));
  const skeleton = arabiziSkeleton(base);
  if (skeleton) forms.push(skeleton);
  // One typo in a long command word (`unsubcribe`, `unsuscribe`).
  if (base.length >= 6 && /^[a-z]+$/.test(base)) {
    for (const word of FUZZY_WORDS) if (word !== base && withinOneEdit(base, word)) forms.push(word);
  }
  return forms;
}

interface Token {
  text: string;
  start: number;
  end: number;
  forms: string[];
  /** 2: a strong opt-out verb stem (a command by itself), 1: a stem that needs a message noun, 0: none. */
  stem?: 0 | 1 | 2;
}

// Arabizi verbs take a short prefix (e-, i-, 2-, b-, t-, y-, ma-, la- ...) and a short suffix (-o, -uli, -ni).
const stemPattern = (stems: readonly string[]) =>
  new RegExp(`^(?:e|i|2|b|t|y|n|a|bi|bt|ew|ma|mat|la|2e|2i)?(?:${stems.map(escapeRegExp).join('|')})[a-z0-9']{0,5}$`);
const ARABIZI_STRONG = stemPattern(OPT_OUT_STEMS.arabizi.strong);
const ARABIZI_WEAK = stemPattern(OPT_OUT_STEMS.arabizi.weak);
const ARABIC_STEM = new RegExp(
  `^(?:و|ف)?(?:ا|ت|ي|ن|س)?(?:${OPT_OUT_STEMS.ar.map(escapeRegExp).join('|')})[\u0621-\u064a]{0,4}$`,
);

function stemOf(token: string, forms: string[]): 0 | 1 | 2 {
  const candidates = [token, ...forms];
  if (/[a-z]/.test(token)) {
    if (candidates.some((form) => ARABIZI_STRONG.test(form))) return 2;
    return candidates.some((form) => ARABIZI_WEAK.test(form)) ? 1 : 0;
  }
  // A final «ت» is a past tense ("it stopped", «توقفت الخدمة»): a report, not a request.
  return candidates.some((form) => ARABIC_STEM.test(form) && !form.endsWith('ت')) ? 1 : 0;
}

// Letters, digits, `$` and `@`; an apostrophe only between two of them (don't, can't).
const TOKEN = /[\p{L}\p{N}$@]+(?:['’][\p{L}\p{N}$@]+)*/gu;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    tokens.push({ text: match[0], start, end: start + match[0].length, forms: [] });
  }
  return tokens;
}

/** Joins runs of 3+ one-letter tokens (`s t o p`, `S.T.O.P`, «س ت و ب»). */
function joinSpelled(tokens: Token[]): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    while (j < tokens.length && tokens[j]!.text.length === 1 && /\p{L}/u.test(tokens[j]!.text)) j++;
    if (j - i >= 3) {
      const text = tokens
        .slice(i, j)
        .map((t) => t.text)
        .join('');
      out.push({ text, start: tokens[i]!.start, end: tokens[j - 1]!.end, forms: [] });
      i = j;
    } else {
      out.push(tokens[i]!);
      i++;
    }
  }
  for (const token of out) {
    token.forms = formsOf(token.text);
    token.stem = stemOf(token.text, token.forms);
  }
  return out;
}

interface Command {
  intent: KeywordIntent;
  language: KeywordLanguage;
  tokens: string[];
}

function addCommands(target: Map<string, Command[]>, list: KeywordList, intent: KeywordIntent): void {
  for (const language of LANGUAGES) {
    for (const entry of list[language]) {
      const tokens = canonicalEntry(entry);
      const head = tokens[0];
      if (!head) continue;
      const joined = tokens.join('');
      for (const key of new Set([head, ...(tokens.length > 1 ? [joined] : [])])) {
        const command: Command = { intent, language, tokens: key === joined && tokens.length > 1 ? [joined] : tokens };
        const bucket = target.get(key);
        if (bucket) bucket.push(command);
        else target.set(key, [command]);
      }
      const skeleton = language === 'arabizi' && tokens.length === 1 ? arabiziSkeleton(head) : null;
      if (skeleton && !target.has(skeleton)) target.set(skeleton, [{ intent, language, tokens: [skeleton] }]);
    }
  }
}

function wordSet(lists: KeywordList[]): Set<string> {
  const set = new Set<string>();
  for (const list of lists)
    for (const language of LANGUAGES)
      for (const entry of list[language]) {
        for (const token of canonicalEntry(entry)) set.add(token);
      }
  return set;
}

// Commands by their first canonical token; longer ones first so "opt out" beats "opt".
const COMMANDS = new Map<string, Command[]>();
addCommands(COMMANDS, OPT_OUT_WORDS, 'opt-out');
addCommands(COMMANDS, OPT_OUT_PAIRS, 'opt-out');
addCommands(COMMANDS, OPT_IN_WORDS, 'opt-in');
addCommands(COMMANDS, OPT_IN_PAIRS, 'opt-in');
addCommands(COMMANDS, HELP_WORDS, 'help');
for (const bucket of COMMANDS.values()) bucket.sort((a, b) => b.tokens.length - a.tokens.length);

const NEUTRAL = wordSet([FILLERS, MESSAGE_NOUNS]);
const WHOLE_ONLY = wordSet([WHOLE_MESSAGE_OPT_OUT]);
// The last word of each noun entry (`el-ishtirak` → `ishtirak`), so articles never count as objects.
const OBJECTS = new Set(
  [...LANGUAGES.flatMap((language) => MESSAGE_NOUNS[language]), ...OPT_OUT_OBJECTS]
    .map((entry) => canonicalEntry(entry).at(-1))
    .filter((token): token is string => token !== undefined),
);
const STEM_COMMAND: Command = { intent: 'opt-out', language: 'arabizi', tokens: [] };
const stemCommand = (token: Token, tokens: string[]): Command => ({
  ...STEM_COMMAND,
  language: /[a-z]/.test(token.text) ? 'arabizi' : 'ar',
  tokens,
});
// "I don't want" in Arabizi, any spelling pair (`msh 3ayez`, `ma bde`): a command like the listed pairs.
const classSet = (name: keyof typeof PHRASE_CLASSES) =>
  new Set(
    PHRASE_CLASSES[name].map(canonicalEntry).flatMap((tokens) => {
      if (tokens.length !== 1) return [];
      const skeleton = name.startsWith('AZ_') ? arabiziSkeleton(tokens[0]!) : null;
      return skeleton ? [tokens[0]!, skeleton] : tokens;
    }),
  );
const ARABIZI_NEG = classSet('AZ_NEG');
const ARABIZI_WANT = classSet('AZ_WANT');
const SEND_OR_WANT = new Set([...classSet('AZ_SEND'), ...classSet('AR_SEND'), ...ARABIZI_WANT, ...classSet('AR_WANT')]);
// A negation written together with its verb: `matb3atuli`, `mabiddi`, `mshbadi`, «ماتبعتولي», «لاترسلوا».
const FUSED_NEGATION = /^(?:ma|mish|mesh|msh|ما|لا|مش)(.{3,})$/;

function fusedNegation(forms: string[]): boolean {
  return forms.some((form) => {
    const rest = FUSED_NEGATION.exec(form)?.[1];
    return rest !== undefined && SEND_OR_WANT.has(rest);
  });
}

const NEGATOR_WORDS = wordSet([NEGATORS]);
const CONDITIONAL_WORDS = wordSet([CONDITIONAL_NEGATORS]);
const BRIDGE_WORDS = wordSet([NEGATION_BRIDGES]);
const QUESTION_WORDS = wordSet([NEGATION_QUESTIONS]);
const WANT_WORDS = new Set([...ARABIZI_WANT, ...classSet('AR_WANT')]);
// Most bridge words a negation reaches across ("I do not really want to | stop").
const MAX_BRIDGE = 4;

const hasAny = (token: Token | undefined, set: ReadonlySet<string>): boolean =>
  token?.forms.some((form) => set.has(form)) === true;

/** A negator at `j`: a plain one, a fused «مابدي» / `mabadi`, or «لا» / `la` right before a verb or want word. */
function isNegator(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j]!;
  if (hasAny(token, NEGATOR_WORDS)) return true;
  if (token.forms.some((form) => WANT_WORDS.has(FUSED_NEGATION.exec(form)?.[1] ?? ''))) return true;
  if (!hasAny(token, CONDITIONAL_WORDS)) return false;
  const next = tokens[j + 1];
  return next !== undefined && (hasAny(next, BRIDGE_WORDS) || /^[تيty]/.test(next.forms[0] ?? ''));
}

/**
 * The index of the negator that governs the word at `i` — at most MAX_BRIDGE bridge words before it, within
 * its clause (tokens from `floor`) — or -1. A question word before the negator ("why don't you stop") turns it
 * back into a request.
 */
function negatorOf(tokens: readonly Token[], i: number, floor: number): number {
  for (let j = i - 1; j >= floor && i - j <= MAX_BRIDGE + 1; j--) {
    if (isNegator(tokens, j)) return j > floor && hasAny(tokens[j - 1], QUESTION_WORDS) ? -1 : j;
    if (!hasAny(tokens[j], BRIDGE_WORDS)) return -1;
  }
  return -1;
}

/**
 * The commands of a clause less those under a negation: a negated opt-out command takes with it every command
 * from its negator to the end of the clause — the «ما بدي» of «ما بدي ألغي» is part of the negation, and the
 * «الاشتراك» of «ما بدي الغي الاشتراك» is the object of the negated verb, not a request to subscribe.
 */
function unnegated(clause: readonly Token[], found: Found[]): Found[] {
  for (const f of found) {
    if (f.command.intent !== 'opt-out') continue;
    const j = negatorOf(clause, f.start, 0);
    if (j >= 0) return found.filter((g) => g.end <= j);
  }
  return found;
}

/** A slot of a phrase: alternatives (token sequences) indexed by their first token. */
interface Slot {
  optional: boolean;
  byFirst: Map<string, string[][]>;
}
interface Phrase {
  text: string;
  language: KeywordLanguage;
  slots: Slot[];
  /** Canonical first tokens of the first required slot, for a quick skip. */
}

const CLASSES = new Map<string, string[][]>(
  Object.entries(PHRASE_CLASSES).map(([name, entries]) => {
    const alternatives = entries.map(canonicalEntry);
    if (!name.startsWith('AZ_')) return [name, alternatives];
    const skeletons = alternatives.map(skeletonEntry).filter((alt): alt is string[] => alt !== null);
    return [name, [...alternatives, ...skeletons]];
  }),
);

function compilePhrase(text: string, language: KeywordLanguage): Phrase {
  const slots: Slot[] = [];
  for (const raw of text.split(' ')) {
    const optional = raw.endsWith('?');
    const body = optional ? raw.slice(0, -1) : raw;
    const alternatives: string[][] = [];
    for (const alt of body.split('|')) {
      if (alt.startsWith('$')) {
        const cls = CLASSES.get(alt.slice(1));
        if (!cls) throw new Error(`keyword data: unknown phrase class ${alt}`);
        alternatives.push(...cls);
      } else {
        const tokens = canonicalEntry(alt);
        alternatives.push(tokens);
        const skeleton = language === 'arabizi' ? skeletonEntry(tokens) : null;
        if (skeleton) alternatives.push(skeleton);
      }
    }
    const byFirst = new Map<string, string[][]>();
    for (const alt of alternatives) {
      if (alt.length === 0) continue;
      const list = byFirst.get(alt[0]!);
      if (list) list.push(alt);
      else byFirst.set(alt[0]!, [alt]);
    }
    slots.push({ optional, byFirst });
  }
  return { text, language, slots };
}

const PHRASES: Phrase[] = LANGUAGES.flatMap((language) =>
  OPT_OUT_PHRASES[language].map((text) => compilePhrase(text, language)),
);

function tokenHas(token: Token | undefined, form: string): boolean {
  return token?.forms.includes(form) === true;
}

/** Ends of every way `slots[s..]` matches from token `i` (at most a handful; slots are few). */
function matchSlots(tokens: Token[], i: number, slots: Slot[], s: number): number {
  if (s === slots.length) return i;
  const slot = slots[s]!;
  const token = tokens[i];
  if (token) {
    for (const form of token.forms) {
      for (const alt of slot.byFirst.get(form) ?? []) {
        let ok = true;
        for (let k = 1; k < alt.length && ok; k++) ok = tokenHas(tokens[i + k], alt[k]!);
        if (!ok) continue;
        const end = matchSlots(tokens, i + alt.length, slots, s + 1);
        if (end >= 0) return end;
      }
    }
  }
  return slot.optional ? matchSlots(tokens, i, slots, s + 1) : -1;
}

interface Found {
  command: Command;
  start: number;
  end: number;
}

/** A clause made only of commands and neutral words: its commands; else null. */
function commandsOf(tokens: Token[]): Found[] | null {
  const found: Found[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    let matched: Found | undefined;
    for (const form of token.forms) {
      for (const command of COMMANDS.get(form) ?? []) {
        let ok = true;
        for (let k = 1; k < command.tokens.length && ok; k++) ok = tokenHas(tokens[i + k], command.tokens[k]!);
        if (ok) {
          matched = { command, start: i, end: i + command.tokens.length };
          break;
        }
      }
      if (matched) break;
    }
    const next = tokens[i + 1];
    if (
      !matched &&
      next &&
      token.forms.some((form) => ARABIZI_NEG.has(form)) &&
      next.forms.some((form) => ARABIZI_WANT.has(form))
    ) {
      matched = { command: stemCommand(token, [token.forms[0]!, next.forms[0]!]), start: i, end: i + 2 };
    }
    if (!matched && fusedNegation(token.forms)) {
      matched = { command: stemCommand(token, [token.forms[0]!]), start: i, end: i + 1 };
    }
    if (!matched && token.stem === 2 && !token.forms.some((form) => NEUTRAL.has(form))) {
      matched = { command: stemCommand(token, [token.forms[0]!]), start: i, end: i + 1 };
    }
    if (matched) {
      found.push(matched);
      i = matched.end;
      continue;
    }
    // Numbers (a short code: `STOP 94444`) and neutral words do not change a command.
    if (!/^\d+$/.test(token.text) && !token.forms.some((form) => NEUTRAL.has(form))) return null;
    i++;
  }
  return found;
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
