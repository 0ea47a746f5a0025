/** Human output of `check`: grouped by file, one line per finding with its line:column in the file. */
import { resolveMessage } from '../../locales/catalog.js';
import type { FindingAction, Verdict } from '../../core/types.js';
import { paint } from '../io.js';
import { type CheckReport, type FormatContext, shownFindings } from '../report.js';

export function formatText(report: CheckReport, context: FormatContext): string {
  const p = paint(context.colour);
  const t = (id: string, params: Record<string, string | number> = {}) => resolveMessage(context.locale, id, params);
  const byAction: Record<FindingAction, (s: string) => string> = {
    deny: p.red,
    defer: p.yellow,
    review: p.yellow,
    warn: p.cyan,
    info: p.dim,
  };
  const byVerdict: Record<Verdict, (s: string) => string> = {
    deny: p.red,
    defer: p.yellow,
    review: p.yellow,
    allow: p.green,
  };
  const lines: string[] = [];
  for (const file of report.files) {
    lines.push(p.bold(file.path));
    for (const template of file.templates) {
      const { example, worstCase } = template.segments;
      const segments = t('cli.segments', {
        segments: example.segments,
        encoding: example.encoding,
        worst: worstCase.segments,
      });
      const verdict = template.decision.verdict;
      lines.push(`  ${template.id}  ${byVerdict[verdict](t(`cli.verdict.${verdict}`))}  ${p.dim(segments)}`);
      for (const finding of shownFindings(template.decision.findings, context)) {
        const where = `${finding.location.line}:${finding.location.column}`.padEnd(7);
        const action = byAction[finding.action](t(`cli.action.${finding.action}`).padEnd(6));
        const worst = finding.render === 'worst-case' ? ` ${p.dim(`(${t('cli.worst-case')})`)}` : '';
        const source = finding.source ? ` ${p.dim(`[${finding.source}]`)}` : '';
        lines.push(`    ${p.dim(where)} ${action} ${finding.ruleId}  ${finding.message}${source}${worst}`);
      }
    }
    lines.push('');
  }
  const { summary } = report;
  lines.push(
    t('cli.summary', {
      templates: summary.templates,
      files: summary.files,
      deny: summary.verdicts.deny,
      defer: summary.verdicts.defer,
      review: summary.verdicts.review,
      allow: summary.verdicts.allow,
    }),
  );
  if (summary.failing > 0) lines.push(p.red(t('cli.failing', { count: summary.failing, failOn: summary.failOn })));
  if (summary.errors > 0) lines.push(p.red(t('cli.file-errors', { count: summary.errors })));
  if (context.verbose) {
    for (const skipped of report.skipped)
      lines.push(p.dim(t('cli.skipped', { path: skipped.path, reason: skipped.reason })));
  } else if (summary.skipped > 0) {
    lines.push(p.dim(t('cli.skipped-count', { count: summary.skipped })));
  }
  return `${lines.join('\n')}\n`;
}
