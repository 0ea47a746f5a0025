/**
 * `npm run masscheck`: per-category precision and recall of the content classifier on the labelled
 * evaluation set (test/fixtures/content/eval.jsonl), and per-category and per-rule hit rates on the ham and
 * spam of the UCI SMS Spam Collection (Almeida & Gómez Hidalgo, CC BY 4.0) when ../shared/corpora is present.
 * Figures only: nothing here is tuned to individual corpus lines. `--misses` lists the wrong answers.
 */
import { CONTENT_CATEGORIES, classifyContent, createContentClassifier } from '../src/content/index.js';
import { corpusRates, evaluate, loadEval, loadUci, UCI_FILE } from './content/_eval.js';

const showMisses = process.argv.includes('--misses');
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const classify = (text: string) => classifyContent(text);

const evalSet = loadEval();
if (!evalSet) {
  console.log('No evaluation set (test/fixtures/content/eval.jsonl or dev.jsonl); skipped.');
} else {
  const figures = evaluate(evalSet.items, classify);
  console.log(`\nEvaluation set: ${evalSet.file} (${evalSet.items.length} messages)\n`);
  console.log(
    `${'category'.padEnd(14)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)} ${'precision'.padStart(10)} ${'recall'.padStart(8)}  by slice (recall)`,
  );
  for (const category of CONTENT_CATEGORIES) {
    const c = figures.perCategory[category];
    const slices = Object.entries(figures.recallBySlice)
      .filter(([key]) => key.startsWith(`${category}/`))
      .map(([key, v]) => `${key.split('/')[1]} ${v.caught}/${v.total}`)
      .join(', ');
    const flag = c.precision >= 0.95 && c.recall >= 0.9 ? ' ' : '!';
    console.log(
      `${flag}${category.padEnd(13)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)} ${pct(c.precision).padStart(10)} ${pct(c.recall).padStart(8)}  ${slices}`,
    );
  }
  console.log(
    `\nHard negatives: ${figures.hardNegatives}, denied ${figures.hardNegativesDenied.length}, flagged (review) ${figures.hardNegativesFlagged.length}`,
  );
  console.log(`Real-world phishing/prize scams caught: ${figures.realWorld.caught}/${figures.realWorld.total}`);
  if (showMisses) {
    console.log('\nMisses:');
    for (const miss of figures.misses)
      console.log(
        `  ${miss.item.id} [${miss.item.labels.join(',') || 'clean'}] → [${miss.predicted.join(', ')}] ${miss.item.text.slice(0, 110)}`,
      );
  }
}

const uci = loadUci();
if (!uci) {
  console.log(`\nUCI SMS Spam Collection not found at ${UCI_FILE}; corpus rates skipped.`);
} else {
  console.log('\nUCI SMS Spam Collection (Almeida & Gómez Hidalgo, CC BY 4.0)');
  const ham = corpusRates(uci.ham, classify);
  const spam = corpusRates(uci.spam, classify);
  console.log(
    `  ham : ${ham.total} messages, denied ${ham.denied} (${pct(ham.denied / ham.total)}), flagged ${ham.flagged} (${pct(ham.flagged / ham.total)})`,
  );
  console.log(
    `  spam: ${spam.total} messages, denied ${spam.denied} (${pct(spam.denied / spam.total)}), flagged ${spam.flagged} (${pct(spam.flagged / spam.total)})`,
  );
  console.log(`\n  ${'category'.padEnd(14)} ${'ham'.padStart(8)} ${'spam'.padStart(8)}`);
  for (const category of CONTENT_CATEGORIES) {
    console.log(
      `  ${category.padEnd(14)} ${pct((ham.perCategory[category] ?? 0) / ham.total).padStart(8)} ${pct((spam.perCategory[category] ?? 0) / spam.total).padStart(8)}`,
    );
  }
  // Sub-rule rates twice: every firing (thresholds lowered to 0.01) and firings inside a reported category.
  const everything = createContentClassifier({
    categories: Object.fromEntries(CONTENT_CATEGORIES.map((c) => [c, { reviewAt: 0.01, denyAt: 100 }])),
  });
  const hamAll = corpusRates(uci.ham, everything);
  const spamAll = corpusRates(uci.spam, everything);
  const rules = [...new Set([...Object.keys(hamAll.perRule), ...Object.keys(spamAll.perRule)])].sort();
  console.log(
    `\n  ${'sub-rule'.padEnd(44)} ${'fired: ham'.padStart(11)} ${'spam'.padStart(7)} ${'flagged: ham'.padStart(13)} ${'spam'.padStart(7)}`,
  );
  for (const rule of rules) {
    const cell = (n: number | undefined, total: number, width: number) => pct((n ?? 0) / total).padStart(width);
    console.log(
      `  ${rule.padEnd(44)} ${cell(hamAll.perRule[rule], ham.total, 11)} ${cell(spamAll.perRule[rule], spam.total, 7)} ${cell(ham.perRule[rule], ham.total, 13)} ${cell(spam.perRule[rule], spam.total, 7)}`,
    );
  }
}
