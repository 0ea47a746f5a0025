/** `sms-policy rules`: every rule id with its default action, clause, confidence and docs link. */
import { resolveMessage } from '../../locales/catalog.js';
import type { Locale, Rule } from '../../core/types.js';
import { type CliIO, EXIT_OK } from '../io.js';
import { docsPath } from '../formats/sarif.js';

export interface RulesRun {
  rules: Rule[];
  json: boolean;
  locale: Locale;
  docsBaseUrl: string;
}

export function runRules(io: CliIO, run: RulesRun): number {
  const rows = run.rules.map((rule) => ({
    id: rule.id,
    stage: rule.stage,
    defaultAction: rule.meta.defaultAction,
    source: rule.meta.source ?? null,
    confidence: rule.meta.confidence ?? null,
    description: rule.meta.description,
    docs: docsPath(rule.id, rule),
    url: new URL(docsPath(rule.id, rule), run.docsBaseUrl).href,
  }));
  if (run.json) {
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return EXIT_OK;
  }
  if (rows.length === 0) {
    io.stdout.write(`${resolveMessage(run.locale, 'cli.rules.none')}\n`);
    return EXIT_OK;
  }
  const idWidth = Math.max(...rows.map((r) => r.id.length));
  const sourceWidth = Math.max(6, ...rows.map((r) => (r.source ?? '-').length));
  io.stdout.write(
    `${'rule'.padEnd(idWidth)}  action  ${'clause'.padEnd(sourceWidth)}  conf  docs\n${rows
      .map(
        (r) =>
          `${r.id.padEnd(idWidth)}  ${r.defaultAction.padEnd(6)}  ${(r.source ?? '-').padEnd(sourceWidth)}  ${(r.confidence ?? '-').padEnd(4)}  ${r.docs}`,
      )
      .join('\n')}\n`,
  );
  return EXIT_OK;
}
