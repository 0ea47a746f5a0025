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
  OPT_OUT_WORDS,
  PHRASE_CLASSES,
  WHOLE_MESSAGE_OPT_OUT,
} from './data/keywords.js';
import { LANGUAGES, arabiziSkeleton, canonicalEntry, skeletonEntry, type Token } from './_keyword-tokens.js';
import type { KeywordIntent } from './keywords.js';

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

export const NEUTRAL = wordSet([FILLERS, MESSAGE_NOUNS]);
export const WHOLE_ONLY = wordSet([WHOLE_MESSAGE_OPT_OUT]);
// The last word of each noun entry (`el-ishtirak` → `ishtirak`), so articles never count as objects.
export const OBJECTS = new Set(
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
export function negatorOf(tokens: readonly Token[], i: number, floor: number): number {
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
export function unnegated(clause: readonly Token[], found: Found[]): Found[] {
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
export interface Phrase {
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

export const PHRASES: Phrase[] = LANGUAGES.flatMap((language) =>
  OPT_OUT_PHRASES[language].map((text) => compilePhrase(text, language)),
);

function tokenHas(token: Token | undefined, form: string): boolean {
  return token?.forms.includes(form) === true;
}

/** Ends of every way `slots[s..]` matches from token `i` (at most a handful; slots are few). */
export function matchSlots(tokens: Token[], i: number, slots: Slot[], s: number): number {
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

export interface Found {
  command: Command;
  start: number;
  end: number;
}

/** A clause made only of commands and neutral words: its commands; else null. */
export function commandsOf(tokens: Token[]): Found[] | null {
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
