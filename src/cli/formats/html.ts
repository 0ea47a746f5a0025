/**
 * `simulate --html`: one self-contained page (inline CSS and SVG, no scripts, no external assets) that
 * opens offline. It carries totals only: no phone number and no message body appear in it.
 */
import { resolveMessage } from '../../core/locale.js';
import type { Locale, Verdict } from '../../core/types.js';
import type { SimulationResult } from '../commands/simulate.js';

const SEVERITY: Record<string, number> = { deny: 4, defer: 3, review: 2, warn: 1, info: 0 };

/** Rules with their message counts: those that block first (by their strongest action), then by count. */
export function rulesBySeverity(result: SimulationResult): Array<[string, number]> {
  const strongest = (ruleId: string) =>
    Math.max(0, ...Object.keys(result.ruleActions[ruleId] ?? {}).map((action) => SEVERITY[action] ?? 0));
  return Object.entries(result.rules).sort((a, b) => strongest(b[0]) - strongest(a[0]) || b[1] - a[1]);
}

/** The segments line of a simulation report (text and HTML): totals, parts and encodings. */
export function segmentsSummary(result: SimulationResult, locale: Locale): string {
  return resolveMessage(locale, 'cli.sim.segments', {
    total: result.segments.total,
    sendable: result.segments.sendable,
    parts:
      Object.entries(result.segments.byParts)
        .map(([p, n]) => `${p}×${n}`)
        .join(', ') || '-',
    encodings:
      Object.entries(result.segments.byEncoding)
        .map(([e, n]) => `${e} ${n}`)
        .join(', ') || '-',
  });
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const VERDICT_COLOURS: Record<Verdict, string> = {
  allow: '#2e7d32',
  review: '#f9a825',
  defer: '#1565c0',
  deny: '#c62828',
};

function barChart(id: string, title: string, rows: Array<{ label: string; value: number; colour: string }>): string {
  const width = 640;
  const labelWidth = 260;
  const rowHeight = 28;
  const height = Math.max(1, rows.length) * rowHeight + 40;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const bars = rows
    .map((row, i) => {
      const y = 30 + i * rowHeight;
      const w = Math.max(row.value > 0 ? 2 : 0, Math.round(((width - labelWidth - 80) * row.value) / max));
      return [
        `<text x="${labelWidth - 8}" y="${y + 17}" text-anchor="end" class="label">${escapeHtml(row.label)}</text>`,
        `<rect x="${labelWidth}" y="${y + 4}" width="${w}" height="${rowHeight - 8}" fill="${row.colour}"><title>${escapeHtml(`${row.label}: ${row.value}`)}</title></rect>`,
        `<text x="${labelWidth + w + 6}" y="${y + 17}" class="value">${row.value.toLocaleString('en-US')}</text>`,
      ].join('');
    })
    .join('\n');
  const empty = rows.length === 0 ? `<text x="${labelWidth}" y="50" class="label">—</text>` : '';
  return `<svg id="${id}" role="img" aria-label="${escapeHtml(title)}" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" direction="ltr">
<text x="0" y="18" class="title">${escapeHtml(title)}</text>
${bars}${empty}
</svg>`;
}

export function renderSimulationHtml(result: SimulationResult, locale: Locale): string {
  const t = (id: string, p: Record<string, string | number> = {}) => resolveMessage(locale, id, p);
  const verdictRows = (['allow', 'review', 'defer', 'deny'] as const).map((v) => ({
    label: t(`cli.verdict.${v}`),
    value: result.verdicts[v],
    colour: VERDICT_COLOURS[v],
  }));
  if (result.invalid > 0) verdictRows.push({ label: 'invalid', value: result.invalid, colour: '#6d4c41' });
  const ruleRows = rulesBySeverity(result)
    .slice(0, 25)
    .map(([ruleId, value]) => ({ label: ruleId, value, colour: '#5e35b1' }));
  const deferrals = result.deferrals
    .map((d) => `<tr><td>${escapeHtml(d.retryAt)}</td><td class="n">${d.count.toLocaleString('en-US')}</td></tr>`)
    .join('');
  const parts = Object.entries(result.segments.byParts)
    .map(([p, n]) => `<tr><td>${escapeHtml(p)}</td><td class="n">${n.toLocaleString('en-US')}</td></tr>`)
    .join('');
  const title = t('cli.sim.title', {
    template: result.template.id,
    kind: result.template.kind,
    senderId: result.template.senderId,
    at: result.at,
  });
  return `<!doctype html>
<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>sms-policy simulation — ${escapeHtml(result.template.id)}</title>
<style>
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem; color: #1b1b1b; background: #fff; }
h1 { font-size: 1.3rem; } h2 { font-size: 1.05rem; margin-top: 1.6rem; }
.cards { display: flex; gap: 1rem; flex-wrap: wrap; }
.card { border: 1px solid #ddd; border-radius: 8px; padding: .7rem 1rem; min-width: 8rem; }
.card b { display: block; font-size: 1.4rem; }
svg .title { font-weight: 600; font-size: 14px; } svg .label, svg .value { font-size: 12px; fill: #333; }
table { border-collapse: collapse; } td, th { border-bottom: 1px solid #eee; padding: .2rem .8rem; text-align: start; }
td.n { text-align: end; font-variant-numeric: tabular-nums; }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(t('cli.sim.total', { total: result.total, seconds: (result.durationMs / 1000).toFixed(1), invalid: result.invalid }))}</p>
<div class="cards">
${verdictRows.map((r) => `<div class="card" style="border-color:${r.colour}">${escapeHtml(r.label)}<b>${r.value.toLocaleString('en-US')}</b></div>`).join('\n')}
<div class="card">segments<b>${result.segments.total.toLocaleString('en-US')}</b></div>
</div>
<h2>${escapeHtml(t('cli.sim.verdicts'))}</h2>
${barChart('chart-verdicts', t('cli.sim.verdicts'), verdictRows)}
<h2>${escapeHtml(t('cli.sim.rules'))}</h2>
${barChart('chart-rules', t('cli.sim.rules'), ruleRows)}
<h2>${escapeHtml(t('cli.sim.deferrals'))}</h2>
${deferrals ? `<table><tr><th>retryAt (UTC)</th><th>#</th></tr>${deferrals}</table>` : `<p>${escapeHtml(t('cli.sim.none'))}</p>`}
<h2>${escapeHtml(segmentsSummary(result, locale))}</h2>
<table><tr><th>parts</th><th>messages</th></tr>${parts}</table>
<p><small>sms-policy · account ${escapeHtml(result.account)} · ${escapeHtml(result.template.file)}</small></p>
</body>
</html>
`;
}
