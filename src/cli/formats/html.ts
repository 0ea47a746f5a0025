/**
 * `simulate --html`: one self-contained page (inline CSS and SVG, no scripts, no external assets, a
 * Content-Security-Policy that forbids loading anything) that opens offline. It leads with the delivery
 * timeline, then the verdict shares, rules by severity (info rules apart), consent, invalid rows, segments
 * and cost, and one table per breakdown. Totals only: no phone number and no message body appear in it.
 * Arabic is written right to left, with mirrored charts and dates in Amman time, bidi-isolated.
 */
import { resolveMessage } from '../../locales/catalog.js';
import type { Locale } from '../../core/types.js';
import type { SimulationReport } from '../simulate/report.js';
import { escapeHtml, formatter } from './html/format.js';
import {
  breakdownSections,
  consentSection,
  invalidSection,
  rulesSection,
  segmentsSection,
  type Translate,
  timelineSection,
  verdictSection,
} from './html/sections.js';
import { REPORT_CSS } from './html/style.js';

export { escapeHtml } from './html/format.js';

export function renderSimulationHtml(report: SimulationReport, locale: Locale): string {
  const t: Translate = (id, p = {}) => resolveMessage(locale, id, p);
  const f = formatter(locale);
  const sent = report.verdicts.allow + report.verdicts.defer;
  const cards = [
    ['card-recipients', t('cli.sim.html.recipients'), f.number(report.total), ''],
    ['card-sent', t('cli.sim.html.will-send'), f.number(sent), f.percent(sent, report.total)],
    [
      'card-review',
      t('cli.sim.html.held'),
      f.number(report.verdicts.review),
      f.percent(report.verdicts.review, report.total),
    ],
    [
      'card-deny',
      t('cli.sim.html.blocked'),
      f.number(report.verdicts.deny),
      f.percent(report.verdicts.deny, report.total),
    ],
    ['card-invalid', t('cli.sim.html.invalid-card'), f.number(report.invalid), f.percent(report.invalid, report.total)],
  ];
  if (report.cost)
    cards.push(['card-cost', t('cli.sim.html.cost'), f.money(report.cost.amount, report.cost.currency), '']);
  const templates = report.templates
    .map((tpl) => `${f.isolate(tpl.id)} <span class="muted">${f.isolate(`(${tpl.kind}, ${tpl.senderId})`)}</span>`)
    .join(' · ');
  return `<!doctype html>
<html lang="${locale}" dir="${f.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(t('cli.sim.html.title', { campaign: report.campaign.id }))}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(t('cli.sim.html.title', { campaign: report.campaign.id }))}</h1>
<p class="subtitle">${templates}</p>
<p class="subtitle">${escapeHtml(t('cli.sim.html.start'))} ${f.time(report.at)} · ${escapeHtml(t('cli.sim.html.account'))} ${f.isolate(report.account)} · ${escapeHtml(t('cli.sim.html.zone'))}</p>
</header>
<div class="cards">
${cards.map(([id, label, value, note]) => `<div class="card" id="${id}"><span>${escapeHtml(label!)}</span><b>${f.isolate(value!)}</b>${note ? `<small>${f.isolate(note)}</small>` : ''}</div>`).join('\n')}
</div>
${timelineSection(report, t, f)}
${verdictSection(report, t, f)}
${rulesSection(report, t, f)}
<div class="columns">
${consentSection(report, t, f)}
${invalidSection(report, t, f)}
</div>
${segmentsSection(report, t, f)}
${breakdownSections(report, t, f)}
<footer>${escapeHtml(t('cli.sim.html.footer', { seconds: f.number(Math.round(report.durationMs / 100) / 10) }))} ${f.isolate(report.campaign.file ?? report.template.file)}</footer>
</body>
</html>
`;
}
