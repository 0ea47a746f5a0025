/**
 * Content classifier throughput on the UCI SMS Spam Collection (Almeida & Gómez Hidalgo, CC BY 4.0), all eleven
 * categories in both languages, against a naive peer built here: one case-insensitive regex per lexicon term,
 * tried in a loop (no normalisation, views, patterns or scoring — a floor for "just look the words up").
 */
import { classifyContent } from '../../src/index.js';
import { LEXICONS } from '../../src/content/lexicons/index.js';
import { loadUci } from '../content/_eval.js';
import { measure, report } from './_harness.js';

const FALLBACK = [
  'Congratulations! You have WON a £1000 prize. Call 09061701461 to claim now, T&C apply.',
  'مبروووك! ربحت جائزة ١٠٠٠ دينار، أرسل رمز التحقق للمطالبة بها الآن',
  'kifak ya 7abibi, 3enna 3ard 5ase 3al mobilet lyom bas',
  'Ok lar... Joking wif u oni...',
];

function naivePeer(): (text: string) => number {
  const regexes = LEXICONS.flatMap((lexicon) =>
    lexicon.terms.map(
      (t) => new RegExp(`(?<![\\p{L}\\p{N}])${t.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu'),
    ),
  );
  return (text) => {
    let found = 0;
    for (const regex of regexes) if (regex.test(text)) found++;
    return found;
  };
}

export default async function run(): Promise<void> {
  const uci = loadUci();
  const messages = uci ? [...uci.ham, ...uci.spam] : FALLBACK;
  console.log(
    uci
      ? `  UCI SMS Spam Collection: ${messages.length} messages`
      : '  UCI corpus not found under ../shared/corpora; using four built-in samples',
  );
  const naive = naivePeer();
  const terms = LEXICONS.reduce((sum, l) => sum + l.terms.length, 0);
  const n = Math.max(20_000, messages.length * 4);
  report([
    await measure('sms-policy classifyContent (11 categories)', n, (i) =>
      classifyContent(messages[i % messages.length]!),
    ),
    await measure(`naive per-term regex loop (${terms} terms)`, n, (i) => naive(messages[i % messages.length]!)),
  ]);
  const body = 'v i a g r a send your pin http://bit.ly/x كوكايين 7ashish '.repeat(1_800);
  classifyContent(body);
  const start = performance.now();
  for (let i = 0; i < 5; i++) classifyContent(body);
  console.log(`  100 KB adversarial body: ${((performance.now() - start) / 5).toFixed(1)} ms per classification`);
}
