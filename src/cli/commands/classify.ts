/** `sms-policy classify [text]` and `sms-policy keyword [text]`: the text comes from the argument or stdin. */
import { resolveMessage } from '../../locales/catalog.js';
import { excerpt } from '../../core/mask.js';
import type { Locale } from '../../core/types.js';
import { CliError, type CliIO, EXIT_OK } from '../io.js';
import type { ClassifyFunction, KeywordFunction } from '../packs.js';

const MAX_STDIN = 1_000_000;

async function readText(io: CliIO, text: string | undefined): Promise<string> {
  if (text !== undefined) return text;
  let out = '';
  for await (const chunk of io.stdin) {
    out += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    if (out.length > MAX_STDIN) throw new CliError(`stdin: more than ${MAX_STDIN} characters`);
  }
  const trimmed = out.replace(/\r?\n$/, '');
  if (trimmed.trim().length === 0) throw new CliError('no text given (pass it as an argument or on stdin)');
  return trimmed;
}

export interface ClassifyRun {
  text: string | undefined;
  json: boolean;
  locale: Locale;
  classify: ClassifyFunction | undefined;
}

export async function runClassify(io: CliIO, run: ClassifyRun): Promise<number> {
  if (!run.classify) throw new CliError('classify needs the content pack, which this build does not include');
  const text = await readText(io, run.text);
  const report = run.classify(text);
  if (run.json) {
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return EXIT_OK;
  }
  const t = (id: string, p: Record<string, string | number> = {}) => resolveMessage(run.locale, id, p);
  const lines = [t('cli.classify.language', { language: report.language })];
  if (report.categories.length === 0) lines.push(t('cli.classify.clean'));
  for (const category of report.categories) {
    lines.push(
      t('cli.classify.category', { category: category.category, action: category.action, score: category.score }),
    );
    for (const hit of category.hits) {
      const term = hit.term ? `  ${hit.term}` : '';
      lines.push(
        `  ${hit.span[0]}-${hit.span[1]}  ${hit.ruleId}  +${hit.weight}${term}  "${excerpt(text, hit.span, 12)}"`,
      );
    }
  }
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT_OK;
}

export interface KeywordRun {
  text: string | undefined;
  json: boolean;
  locale: Locale;
  keyword: KeywordFunction | undefined;
}

export async function runKeyword(io: CliIO, run: KeywordRun): Promise<number> {
  if (!run.keyword) throw new CliError('keyword needs the consent pack, which this build does not include');
  const text = await readText(io, run.text);
  const result = run.keyword(text);
  if (run.json) {
    io.stdout.write(`${JSON.stringify(result)}\n`);
    return EXIT_OK;
  }
  const t = (id: string, p: Record<string, string | number> = {}) => resolveMessage(run.locale, id, p);
  if (result.intent === null) io.stdout.write(`${t('cli.keyword.none')}\n`);
  else {
    const details = [result.keyword && `keyword "${result.keyword}"`, result.language && `language ${result.language}`]
      .filter(Boolean)
      .join(', ');
    io.stdout.write(`${t('cli.keyword.intent', { intent: result.intent })}${details ? ` (${details})` : ''}\n`);
  }
  return EXIT_OK;
}
