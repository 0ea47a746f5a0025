/**
 * Splits the labelled content corpus by template family into train / dev / test, deterministically.
 *
 * `npm run corpus:split` reads `test/fixtures/content/corpus/raw/*.jsonl` (one file per independent writer,
 * format in test/fixtures/README.md) and writes `train.jsonl`, `dev.jsonl` and `test.jsonl` beside them. A
 * family goes to one split only, chosen by a hash of its id (60 / 20 / 20), so variants of one template never
 * sit on both sides. Texts that appear in more than one family are kept once, in the split that comes last
 * (test over dev over train), so no test text is trained on. The test split is frozen: its SHA-256 is asserted
 * by test/content/corpus.test.ts, and engine work is tuned on train and dev only.
 *
 * Writers commissioned after the first split (`raw-extra/*.jsonl`) never enter the frozen test split: their
 * families go 70 / 30 to `train-extra.jsonl` (training only) and `dev2.jsonl` (a second tuning split).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const folder = join(here, '..', 'test', 'fixtures', 'content', 'corpus');
const SALT = 'sms-policy corpus split v1';

interface RawItem {
  text: string;
  label: string;
  also?: string[];
  family: string;
  language: string;
  dialect?: string;
  obfuscated?: boolean;
  hard_negative?: boolean;
  scenario?: string;
}

export type Split = 'train' | 'dev' | 'test';

export function splitOf(family: string): Split {
  const bucket = createHash('sha256').update(`${SALT}\u0000${family}`).digest().readUInt32BE(0) % 100;
  return bucket < 60 ? 'train' : bucket < 80 ? 'dev' : 'test';
}

function key(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

const order: Split[] = ['train', 'dev', 'test'];
const out: Record<Split, string[]> = { train: [], dev: [], test: [] };
const seen = new Map<string, Split>();
const items: Array<{ split: Split; line: string; key: string }> = [];
for (const file of readdirSync(join(folder, 'raw'))
  .filter((f) => f.endsWith('.jsonl'))
  .sort()) {
  const writer = file.replace(/\.jsonl$/, '');
  readFileSync(join(folder, 'raw', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .forEach((l, index) => {
      const raw = JSON.parse(l) as RawItem;
      const split = splitOf(raw.family);
      const item = {
        id: `${writer}-${String(index + 1).padStart(4, '0')}`,
        text: raw.text,
        label: raw.label,
        also: raw.also ?? [],
        family: raw.family,
        language: raw.language,
        obfuscated: raw.obfuscated === true,
        hardNegative: raw.hard_negative === true,
        writer,
      };
      const k = key(raw.text);
      const previous = seen.get(k);
      if (previous === undefined || order.indexOf(split) > order.indexOf(previous)) seen.set(k, split);
      items.push({ split, line: JSON.stringify(item), key: k });
    });
}
const written = new Set<string>();
for (const item of items) {
  if (seen.get(item.key) !== item.split || written.has(item.key)) continue;
  written.add(item.key);
  out[item.split].push(item.line);
}
for (const split of order) {
  writeFileSync(join(folder, `${split}.jsonl`), `${out[split].join('\n')}\n`);
  console.log(`${split}: ${out[split].length}`);
}

/** Later writers: train-extra or dev2, by family. */
export function extraSplitOf(family: string): 'train-extra' | 'dev2' {
  const bucket = createHash('sha256').update(`${SALT} extra\u0000${family}`).digest().readUInt32BE(0) % 100;
  return bucket < 70 ? 'train-extra' : 'dev2';
}

const extra: Record<'train-extra' | 'dev2', string[]> = { 'train-extra': [], dev2: [] };
for (const file of readdirSync(join(folder, 'raw-extra'))
  .filter((f) => f.endsWith('.jsonl'))
  .sort()) {
  const writer = file.replace(/\.jsonl$/, '');
  readFileSync(join(folder, 'raw-extra', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .forEach((l, index) => {
      const raw = JSON.parse(l) as RawItem;
      const k = key(raw.text);
      if (seen.has(k)) return; // a text of the first split stays there
      seen.set(k, 'train');
      extra[extraSplitOf(raw.family)].push(
        JSON.stringify({
          id: `${writer}-${String(index + 1).padStart(4, '0')}`,
          text: raw.text,
          label: raw.label,
          also: raw.also ?? [],
          family: raw.family,
          language: raw.language,
          obfuscated: raw.obfuscated === true,
          hardNegative: raw.hard_negative === true,
          writer,
        }),
      );
    });
}
for (const [name, lines] of Object.entries(extra)) {
  writeFileSync(join(folder, `${name}.jsonl`), `${lines.join('\n')}\n`);
  console.log(`${name}: ${lines.length}`);
}
