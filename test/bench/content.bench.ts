/**
 * Content classifier throughput on the UCI SMS Spam Collection (Almeida & Gómez Hidalgo, CC BY 4.0), with every
 * category, the frames and the model on, against obscenity 0.4.6 with its English preset (`englishDataset` and
 * the recommended transformers): a peer that checks English profanity only. Alternating rounds, CPU time per
 * message, medians. Then hostile 100 KB bodies, and how time grows with length.
 *
 * The built package (`dist/`, what `npm run bench` builds first and users import) is measured, like the peer's;
 * without a build the sources are measured through tsx, which is slower, and the line says so.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { loadUci } from '../content/_eval.js';

type Library = typeof import('../../src/index.js');
const built = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'index.js');

const FALLBACK = [
  'Congratulations! You have WON a £1000 prize. Call 09061701461 to claim now, T&C apply.',
  'مبروووك! ربحت جائزة ١٠٠٠ دينار، أرسل رمز التحقق للمطالبة بها الآن',
  'kifak ya 7abibi, 3enna 3ard 5ase 3al mobilet lyom bas',
  'Ok lar... Joking wif u oni...',
];
const ROUNDS = 9;

function cpuMicros(fn: (text: string) => unknown, messages: readonly string[], n: number): number {
  const start = process.cpuUsage();
  for (let i = 0; i < n; i++) fn(messages[i % messages.length]!);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / n;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export default async function run(): Promise<void> {
  const fromDist = existsSync(built);
  const { classifyContent, createContentClassifier } = (
    fromDist ? await import(pathToFileURL(built).href) : await import('../../src/index.js')
  ) as Library;
  console.log(fromDist ? '  measuring the built package (dist/)' : '  no build: measuring the sources through tsx');
  const uci = loadUci();
  const messages = uci ? [...uci.ham, ...uci.spam] : FALLBACK;
  console.log(
    uci
      ? `  UCI SMS Spam Collection: ${messages.length} messages`
      : '  UCI corpus not found under ../shared/corpora; using four built-in samples',
  );
  const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  const rulesOnly = createContentClassifier({ model: false });
  const contenders: Array<[string, (text: string) => unknown]> = [
    ['sms-policy classifyContent (11 categories, frames, model)', (t) => classifyContent(t)],
    ['sms-policy rules only (model: false)', (t) => rulesOnly(t)],
    ['obscenity 0.4.6 English preset (hasMatch)', (t) => obscenity.hasMatch(t)],
  ];
  const n = Math.max(20_000, messages.length * 4);
  for (const [, fn] of contenders) cpuMicros(fn, messages, 3_000);
  const samples: number[][] = contenders.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, [, fn]] of contenders.entries()) samples[i]!.push(cpuMicros(fn, messages, n));
  }
  const medians = samples.map(median);
  const peer = medians[2]!;
  contenders.forEach(([name], i) => {
    const us = medians[i]!;
    console.log(
      `  ${name.padEnd(58)} ${us.toFixed(2).padStart(7)} µs/msg ${Math.round(1e6 / us)
        .toLocaleString('en-US')
        .padStart(9)} msg/s  ${(peer / us).toFixed(2)}x obscenity`,
    );
  });
  const ratios = samples[0]!.map((ours, i) => samples[2]![i]! / ours);
  console.log(
    `  ratio classifyContent / obscenity per round: ${ratios.map((r) => r.toFixed(2)).join(' ')} (median ${median(ratios).toFixed(2)}x; target >= 3x, goal 10x)`,
  );

  const bodies: Record<string, string> = {
    'mixed lures': 'v i a g r a send your pin http://bit.ly/x كوكايين 7ashish '.repeat(1_800),
    'zero-width flood': `v${'\u200b'.repeat(50_000)}iagra ${'\u200d'.repeat(50_000)}`,
    'combining marks': `ب${'\u064e'.repeat(100_000)}`,
    'alternating spaces': 'a '.repeat(50_000),
    'long runs': 'a'.repeat(100_000),
  };
  for (const [name, body] of Object.entries(bodies)) {
    classifyContent(body);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      classifyContent(body);
      times.push(performance.now() - start);
    }
    console.log(`  100 KB hostile body (${name}): ${median(times).toFixed(1)} ms (target < 250 ms)`);
  }
  const unit = 'v i a g r a send your pin http://bit.ly/x كوكايين 7ashish ';
  const sizes = [10_000, 40_000, 160_000];
  const perKb = sizes.map((size) => {
    const body = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    classifyContent(body);
    const start = performance.now();
    for (let i = 0; i < 3; i++) classifyContent(body);
    return (performance.now() - start) / 3 / (size / 1_000);
  });
  console.log(`  linearity: ${perKb.map((ms, i) => `${sizes[i]! / 1_000} KB ${ms.toFixed(3)} ms/KB`).join(', ')}`);
}
