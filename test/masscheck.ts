/**
 * `npm run masscheck`: the content classifier measured on the labelled corpus and the UCI SMS Spam Collection.
 *
 * - dev, test and holdout splits of test/fixtures/content/corpus: precision and recall per category, recall per
 *   language and obfuscation, phishing-or-fraud recall per message and per template family (each family counted
 *   once), clean messages flagged and denied. The test and holdout files are frozen and never tuned on; their
 *   wrong answers are not printed (`--misses` lists those of dev only).
 * - UCI SMS Spam Collection (Almeida & Gómez Hidalgo, CC BY 4.0), read from ../shared/corpora: ham denied and
 *   flagged per category, per-frame hit rates on ham and spam. The shipped model is trained on UCI, so its ham
 *   figure is also given with the model off (rules only), which UCI did not train.
 * - The model's share of decisions: how often its contribution changes the verdict, per split.
 */
import { CONTENT_CATEGORIES, classifyContent, createContentClassifier } from '../src/content/index.js';
import { corpusRates, evaluate, loadSplit, loadUci, type SplitName, UCI_FILE } from './content/_eval.js';

const showMisses = process.argv.includes('--misses');
// `--tuning`: dev and dev2 only, the splits tuned on (test and holdout are measured at the end, not while tuning).
const tuning = process.argv.includes('--tuning');
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const withModel = (text: string) => classifyContent(text);
const rulesOnly = createContentClassifier({ model: false });

function verdict(report: ReturnType<typeof withModel>): string {
  if (report.categories.some((c) => c.action === 'deny')) return 'deny';
  return report.categories.length > 0 ? 'review' : 'allow';
}

for (const split of (tuning
  ? ['dev', 'dev2']
  : ['dev', 'dev2', 'test', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5']) as SplitName[]) {
  const items = loadSplit(split);
  if (items.length === 0) continue;
  const f = evaluate(items, withModel);
  console.log(`\n=== ${split} (${items.length} messages, ${new Set(items.map((i) => i.family)).size} families)`);
  console.log(
    f.scams.total === 0
      ? 'phishing or fraud caught: none in this split'
      : `phishing or fraud caught: ${f.scams.caught}/${f.scams.total} (${pct(f.scams.caught / f.scams.total)}; per family ${pct(f.scams.familyRecall)}; denied ${pct(f.scams.denied / f.scams.total)})`,
  );
  console.log(
    `clean: ${f.clean}, flagged ${f.cleanFlagged.length} (${pct(f.cleanFlagged.length / f.clean)}), denied ${f.cleanDenied.length}`,
  );
  console.log(
    `${'category'.padEnd(13)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)} ${'prec'.padStart(7)} ${'recall'.padStart(7)} ${'family'.padStart(7)}  recall by slice`,
  );
  for (const category of CONTENT_CATEGORIES) {
    const c = f.perCategory[category];
    const slices = Object.entries(f.recallBySlice)
      .filter(([key]) => key.startsWith(`${category}/`))
      .map(([key, v]) => `${key.split('/')[1]} ${v.caught}/${v.total}`)
      .join(', ');
    const flag = c.precision >= 0.95 && c.recall >= 0.9 ? ' ' : '!';
    console.log(
      `${flag}${category.padEnd(12)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)} ${pct(c.precision).padStart(7)} ${pct(c.recall).padStart(7)} ${pct(c.familyRecall).padStart(7)}  ${slices}`,
    );
  }
  let changed = 0;
  for (const item of items) if (verdict(withModel(item.text)) !== verdict(rulesOnly(item.text))) changed++;
  console.log(
    `model's share: it changes the verdict of ${changed} of ${items.length} messages (${pct(changed / items.length)})`,
  );
  if (showMisses && (split === 'dev' || split === 'dev2')) {
    for (const w of f.wrong)
      console.log(`  ${w.item.id} [${w.item.label}] → [${w.predicted.join(', ')}] ${w.item.text.slice(0, 120)}`);
  }
}

const uci = loadUci();
if (!uci) {
  console.log(`\nUCI SMS Spam Collection not found at ${UCI_FILE}; corpus rates skipped.`);
} else {
  console.log('\n=== UCI SMS Spam Collection (Almeida & Gómez Hidalgo, CC BY 4.0)');
  for (const [name, classify] of [
    ['with the model', withModel],
    ['rules only', rulesOnly],
  ] as const) {
    const ham = corpusRates(uci.ham, classify);
    const spam = corpusRates(uci.spam, classify);
    console.log(
      `${name.padEnd(15)} ham ${ham.total}: denied ${ham.denied} (${pct(ham.denied / ham.total)}), flagged ${ham.flagged} (${pct(ham.flagged / ham.total)}) ${JSON.stringify(ham.perCategory)}; spam ${spam.total}: flagged ${pct(spam.flagged / spam.total)}`,
    );
    if (name === 'with the model') {
      const rules = new Set([...Object.keys(ham.perRule), ...Object.keys(spam.perRule)]);
      const rows = [...rules]
        .filter((r) => r.includes('/frame:'))
        .map((r) => [r, ham.perRule[r] ?? 0, spam.perRule[r] ?? 0] as const)
        .sort((a, b) => b[2] - a[2] || b[1] - a[1]);
      console.log(`  per-frame hits (reported categories): ${'ham'.padStart(5)} ${'spam'.padStart(5)}`);
      for (const [rule, h, s] of rows.slice(0, 40))
        console.log(`  ${rule.padEnd(42)} ${String(h).padStart(5)} ${String(s).padStart(5)}`);
    }
  }
}
