/** The sections of the HTML report, each a function of the report, a translator and a formatter. */
import type { Verdict } from '../../../core/types.js';
import { rulesByGroup } from '../../simulate/present.js';
import type { Breakdown, SimulationReport } from '../../simulate/report.js';
import type { Tally } from '../../simulate/tally.js';
import { type BarRow, barChart, shareBar, timelineChart } from './charts.js';
import { escapeHtml, type Formatter } from './format.js';

export type Translate = (id: string, params?: Record<string, string | number>) => string;

export const VERDICT_COLOURS: Record<Verdict | 'invalid', string> = {
  allow: '#2e7d32',
  defer: '#1565c0',
  review: '#f9a825',
  deny: '#c62828',
  invalid: '#6d4c41',
};

const GROUP_COLOURS = { deny: '#c62828', defer: '#1565c0', review: '#f9a825', warn: '#ef6c00', info: '#78909c' };

const td = (html: string, numeric = false) => `<td${numeric ? ' class="n"' : ''}>${html}</td>`;

function verdictRows(tally: Tally, t: Translate, f: Formatter): BarRow[] {
  const rows: BarRow[] = (['allow', 'defer', 'review', 'deny'] as const).map((v) => ({
    label: t(`cli.verdict.${v}`),
    value: tally.verdicts[v],
    colour: VERDICT_COLOURS[v],
    note: f.percent(tally.verdicts[v], tally.total),
  }));
  if (tally.invalid > 0) {
    rows.push({
      label: t('cli.sim.invalid'),
      value: tally.invalid,
      colour: VERDICT_COLOURS.invalid,
      note: f.percent(tally.invalid, tally.total),
    });
  }
  return rows;
}

export function verdictSection(report: SimulationReport, t: Translate, f: Formatter): string {
  const rows = verdictRows(report, t, f);
  const legend = rows
    .map(
      (row) =>
        `<li><span class="swatch" style="background:${row.colour}"></span>${escapeHtml(row.label)} <b>${f.isolate(f.number(row.value))}</b> <span class="muted">${f.isolate(row.note ?? '')}</span></li>`,
    )
    .join('');
  return `<section id="verdicts"><h2>${escapeHtml(t('cli.sim.verdicts'))}</h2>
${shareBar('chart-verdicts', t('cli.sim.verdicts'), rows, f)}
<ul class="legend">${legend}</ul>
</section>`;
}

export function timelineSection(report: SimulationReport, t: Translate, f: Formatter): string {
  const tl = report.timeline;
  if (!tl.lastSend || !tl.firstSend) {
    return `<section id="timeline"><h2>${escapeHtml(t('cli.sim.timeline'))}</h2><p>${escapeHtml(t('cli.sim.html.nothing-leaves'))}</p></section>`;
  }
  const facts = [
    [t('cli.sim.html.first-send'), f.time(tl.firstSend)],
    [t('cli.sim.html.finishes'), f.time(tl.lastSend)],
    [
      t('cli.sim.html.duration'),
      f.isolate(t('cli.sim.html.hours', { hours: f.number(Math.round(tl.durationMs / 360_000) / 10) })),
    ],
    [t('cli.sim.html.scheduled'), f.isolate(f.number(tl.scheduled))],
    [t('cli.sim.html.overnight'), f.isolate(f.number(tl.waitedOvernight))],
    [t('cli.sim.html.window-wait'), f.isolate(f.number(tl.waitedForWindow))],
    [t('cli.sim.html.pace-wait'), f.isolate(f.number(tl.waitedForPace))],
  ];
  if (tl.pace)
    facts.push([
      t('cli.sim.html.pace'),
      f.isolate(t('cli.sim.html.per-second', { n: f.number(tl.pace.perSecond), burst: f.number(tl.pace.burst) })),
    ]);
  if (tl.neverLeave > 0) facts.push([t('cli.sim.html.never'), f.isolate(f.number(tl.neverLeave))]);
  return `<section id="timeline" class="lead"><h2>${escapeHtml(t('cli.sim.timeline'))}</h2>
<p class="muted">${escapeHtml(t('cli.sim.html.timeline-note'))}</p>
${timelineChart('chart-timeline', t('cli.sim.timeline'), tl.hourly, f)}
<dl class="facts">${facts.map(([k, v]) => `<div><dt>${escapeHtml(k!)}</dt><dd>${v}</dd></div>`).join('')}</dl>
</section>`;
}

export function rulesSection(report: SimulationReport, t: Translate, f: Formatter): string {
  const groups = rulesByGroup(report);
  if (groups.length === 0)
    return `<section id="rules"><h2>${escapeHtml(t('cli.sim.rules'))}</h2><p>${escapeHtml(t('cli.sim.none'))}</p></section>`;
  const blocks = groups.map(({ group, rules }) => {
    const rows = rules.map(([ruleId, count]) => ({
      label: ruleId,
      value: count,
      colour: GROUP_COLOURS[group],
      note: f.percent(count, report.total),
    }));
    const heading = `<h3 class="group-${group}">${escapeHtml(t(`cli.sim.html.group.${group}`))}</h3>`;
    if (group === 'info') {
      const table = rows
        .map((r) => `<tr>${td(f.isolate(r.label))}${td(f.isolate(f.number(r.value)), true)}</tr>`)
        .join('');
      return `<div class="info-rules">${heading}<p class="muted">${escapeHtml(t('cli.sim.html.info-note'))}</p><table>${table}</table></div>`;
    }
    return `${heading}${barChart(`chart-rules-${group}`, t(`cli.sim.html.group.${group}`), rows, f)}`;
  });
  return `<section id="rules"><h2>${escapeHtml(t('cli.sim.rules'))}</h2>${blocks.join('\n')}</section>`;
}

export function consentSection(report: SimulationReport, t: Translate, f: Formatter): string {
  const rows: Array<[string, string]> = [
    [t('cli.sim.html.consent-source'), escapeHtml(t(`cli.sim.html.source.${report.consent.source.replace(' ', '-')}`))],
    [t('cli.sim.html.consent-denied'), f.isolate(f.number(report.consent.denied))],
  ];
  const list = report.optOutList;
  if (list) {
    rows.push(
      [t('cli.sim.html.optout-rows'), f.isolate(f.number(list.rows))],
      [t('cli.sim.html.optout-revoked'), f.isolate(f.number(list.revoked))],
      [t('cli.sim.html.optout-duplicates'), f.isolate(f.number(list.duplicates))],
      [
        t('cli.sim.html.optout-invalid'),
        `${f.isolate(f.number(list.invalid))}${list.invalidLines.length > 0 ? ` <span class="muted">(${escapeHtml(t('cli.sim.html.lines'))} ${f.isolate(list.invalidLines.map((line) => f.number(line)).join(f.dir === 'rtl' ? '، ' : ', '))})</span>` : ''}`,
      ],
    );
  }
  return `<section id="consent"><h2>${escapeHtml(t('cli.sim.html.consent'))}</h2><table>${rows.map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th>${td(v, true)}</tr>`).join('')}</table></section>`;
}

export function invalidSection(report: SimulationReport, t: Translate, f: Formatter): string {
  const reasons = Object.entries(report.invalidByReason).sort((a, b) => b[1] - a[1]);
  const body =
    reasons.length === 0
      ? `<p>${escapeHtml(t('cli.sim.none'))}</p>`
      : `<table><tr><th>${escapeHtml(t('cli.sim.html.reason'))}</th><th class="n">${escapeHtml(t('cli.sim.html.rows'))}</th></tr>${reasons
          .map(([reason, n]) => {
            const [field, code] = reason.split(': ');
            return `<tr>${td(`${escapeHtml(t(`cli.sim.reason.${code}`))} <span class="muted">(${f.isolate(field ?? '')})</span>`)}${td(f.isolate(f.number(n)), true)}</tr>`;
          })
          .join('')}</table>`;
  const file = report.invalidOut
    ? `<p class="muted">${escapeHtml(t('cli.sim.invalid-out', { path: report.invalidOut.file, count: report.invalidOut.rows }))}</p>`
    : '';
  return `<section id="invalid"><h2>${escapeHtml(t('cli.sim.html.invalid'))}</h2>${body}${file}</section>`;
}

export function segmentsSection(report: SimulationReport, t: Translate, f: Formatter): string {
  const rows: Array<[string, string]> = [
    [t('cli.sim.html.segments-total'), f.isolate(f.number(report.segments.total))],
    [t('cli.sim.html.segments-sendable'), f.isolate(f.number(report.segments.sendable))],
    ...Object.entries(report.segments.byParts).map(([parts, n]): [string, string] => [
      t('cli.sim.html.parts', { parts: f.number(Number(parts)) }),
      f.isolate(f.number(n)),
    ]),
    ...Object.entries(report.segments.byEncoding).map(([encoding, n]): [string, string] => [
      encoding,
      f.isolate(f.number(n)),
    ]),
  ];
  if (report.cost) {
    rows.push(
      [t('cli.sim.html.price'), f.isolate(f.money(report.cost.perSegment, report.cost.currency))],
      [t('cli.sim.html.cost'), `<b>${f.isolate(f.money(report.cost.amount, report.cost.currency))}</b>`],
    );
  }
  return `<section id="segments"><h2>${escapeHtml(t('cli.sim.html.segments'))}</h2><table>${rows.map(([k, v]) => `<tr><th scope="row">${k.startsWith('GSM') || k.startsWith('UCS') ? f.isolate(k) : escapeHtml(k)}</th>${td(v, true)}</tr>`).join('')}</table></section>`;
}

/** One table per breakdown in `report.by` (templates today, countries later), the same columns for each. */
export function breakdownSections(report: SimulationReport, t: Translate, f: Formatter): string {
  return (Object.entries(report.by) as Array<[Breakdown, Record<string, Tally>]>)
    .filter(([, slices]) => Object.keys(slices).length > 1)
    .map(([dimension, slices]) => {
      const head = ['', 'allow', 'defer', 'review', 'deny'].map((v) =>
        v
          ? `<th class="n">${escapeHtml(t(`cli.verdict.${v}`))}</th>`
          : `<th>${escapeHtml(t(`cli.sim.html.by.${dimension}`))}</th>`,
      );
      head.push(
        `<th class="n">${escapeHtml(t('cli.sim.invalid'))}</th><th class="n">${escapeHtml(t('cli.sim.html.segments-sendable'))}</th>`,
      );
      const rows = Object.entries(slices).map(([key, tally]) => {
        const cells = (['allow', 'defer', 'review', 'deny'] as const).map((v) =>
          td(
            `${f.isolate(f.number(tally.verdicts[v]))} <span class="muted">${f.isolate(f.percent(tally.verdicts[v], tally.total))}</span>`,
            true,
          ),
        );
        return `<tr>${td(f.isolate(key))}${cells.join('')}${td(f.isolate(f.number(tally.invalid)), true)}${td(f.isolate(f.number(tally.segments.sendable)), true)}</tr>`;
      });
      return `<section id="by-${dimension}"><h2>${escapeHtml(t(`cli.sim.html.by.${dimension}.title`))}</h2><table><tr>${head.join('')}</tr>${rows.join('')}</table></section>`;
    })
    .join('\n');
}
