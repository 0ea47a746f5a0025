/**
 * Inline SVG charts for the HTML report, drawn for the page's direction: in a right-to-left page bars grow
 * from the right and time runs from right to left, as an Arabic reader expects. Coordinates are computed
 * here (the SVG itself is laid out left to right), so the mirroring is exact and testable. Titles and
 * legends are HTML around the chart, never repeated inside it.
 */
import { escapeHtml, type Formatter } from './format.js';

export interface BarRow {
  label: string;
  value: number;
  colour: string;
  /** Shown after the value, e.g. a percentage. */
  note?: string;
}

const WIDTH = 720;

/** Horizontal bars, one per row, with the label on the reading side and the value past the bar's end. */
export function barChart(id: string, label: string, rows: BarRow[], f: Formatter): string {
  const labelWidth = 230;
  const valueWidth = 150;
  const rowHeight = 30;
  const height = Math.max(1, rows.length) * rowHeight + 8;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const span = WIDTH - labelWidth - valueWidth;
  const rtl = f.dir === 'rtl';
  const bars = rows.map((row, i) => {
    const y = 4 + i * rowHeight;
    const w = Math.max(row.value > 0 ? 3 : 0, Math.round((span * row.value) / max));
    const barX = rtl ? WIDTH - labelWidth - w : labelWidth;
    // In a right-to-left text, `start` is its right edge: labels end at the reading side's margin.
    const labelX = rtl ? WIDTH - 6 : labelWidth - 10;
    const valueX = rtl ? barX - 8 : barX + w + 8;
    const text = `${f.number(row.value)}${row.note ? ` · ${row.note}` : ''}`;
    return [
      `<text x="${labelX}" y="${y + 19}" text-anchor="${rtl ? 'start' : 'end'}" direction="${f.dir}" class="label">${escapeHtml(row.label)}</text>`,
      `<rect x="${barX}" y="${y + 5}" width="${w}" height="${rowHeight - 10}" rx="3" fill="${row.colour}" data-value="${row.value}"><title>${escapeHtml(`${row.label}: ${text}`)}</title></rect>`,
      `<text x="${valueX}" y="${y + 19}" text-anchor="start" direction="${f.dir}" class="value">${escapeHtml(text)}</text>`,
    ].join('');
  });
  return `<svg id="${id}" role="img" aria-label="${escapeHtml(label)}" xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" data-dir="${f.dir}">
${bars.join('\n')}
</svg>`;
}

/** One stacked bar of shares (the verdicts), 100% wide, first share on the reading side. */
export function shareBar(id: string, label: string, rows: BarRow[], f: Formatter): string {
  const total = rows.reduce((sum, row) => sum + row.value, 0);
  const height = 34;
  let offset = 0;
  const parts = rows
    .filter((row) => row.value > 0)
    .map((row) => {
      const w = total > 0 ? (WIDTH * row.value) / total : 0;
      const x = f.dir === 'rtl' ? WIDTH - offset - w : offset;
      offset += w;
      return `<rect x="${x.toFixed(2)}" y="0" width="${w.toFixed(2)}" height="${height}" fill="${row.colour}" data-value="${row.value}"><title>${escapeHtml(`${row.label}: ${f.number(row.value)} (${f.percent(row.value, total)})`)}</title></rect>`;
    });
  return `<svg id="${id}" role="img" aria-label="${escapeHtml(label)}" xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" data-dir="${f.dir}">${parts.join('')}</svg>`;
}

export interface TimelineBar {
  hour: string;
  sends: number;
}

/**
 * Sends per hour over the campaign's real duration: one column per hour, day marks under the axis. Long
 * campaigns are drawn per day instead of per hour (more than 21 days of hours would be hairlines).
 */
export function timelineChart(id: string, label: string, hours: TimelineBar[], f: Formatter): string {
  const height = 230;
  const axis = 180;
  const top = 16;
  const bars = hours.length > 21 * 24 ? perDay(hours) : hours;
  const n = Math.max(1, bars.length);
  const column = WIDTH / n;
  const max = Math.max(1, ...bars.map((b) => b.sends));
  const rtl = f.dir === 'rtl';
  const xOf = (i: number) => (rtl ? WIDTH - (i + 1) * column : i * column);
  const columns = bars.map((bar, i) => {
    const h = bar.sends > 0 ? Math.max(2, ((axis - top) * bar.sends) / max) : 0;
    const title = `${f.dateTime(bar.hour)}: ${f.number(bar.sends)}`;
    return `<rect x="${xOf(i).toFixed(2)}" y="${(axis - h).toFixed(2)}" width="${Math.max(1, column - 1).toFixed(2)}" height="${h.toFixed(2)}" fill="#1565c0" data-index="${i}" data-hour="${escapeHtml(bar.hour)}" data-sends="${bar.sends}"><title>${escapeHtml(title)}</title></rect>`;
  });
  // A tick at every local midnight (and the first column); a label where it does not crowd the one before.
  const ticks: string[] = [];
  let lastDay = '';
  let lastLabelX = Number.NaN;
  bars.forEach((bar, i) => {
    const day = f.day(bar.hour);
    if (day === lastDay) return;
    lastDay = day;
    const x = rtl ? xOf(i) + column : xOf(i);
    ticks.push(`<line x1="${x.toFixed(2)}" y1="${axis}" x2="${x.toFixed(2)}" y2="${axis + 6}" class="tick"/>`);
    if (Number.isNaN(lastLabelX) || Math.abs(x - lastLabelX) > 110) {
      ticks.push(axisLabel(x, axis + 20, `${day} ${bars === hours ? f.hour(bar.hour) : ''}`, f));
      lastLabelX = x;
    }
  });
  // The hour of the last column too, so the end of the campaign can be read off the axis.
  if (bars === hours && bars.length > 1) {
    const lastIndex = bars.length - 1;
    const x = rtl ? xOf(lastIndex) : xOf(lastIndex) + column;
    ticks.push(axisLabel(x, axis + 36, f.hour(bars[lastIndex]!.hour), f, 'end'));
  }
  return `<svg id="${id}" role="img" aria-label="${escapeHtml(label)}" xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" data-dir="${f.dir}" data-columns="${bars.length}">
<line x1="0" y1="${axis}" x2="${WIDTH}" y2="${axis}" class="axis"/>
<text x="${rtl ? WIDTH : 0}" y="11" text-anchor="start" direction="${f.dir}" class="value">${escapeHtml(f.number(max))}</text>
${columns.join('\n')}
${ticks.join('\n')}
</svg>`;
}

/** An axis label that runs from `x` in the reading direction (`start`), or ends there (`end`). */
function axisLabel(x: number, y: number, text: string, f: Formatter, anchor: 'start' | 'end' = 'start'): string {
  return `<text x="${x.toFixed(2)}" y="${y}" text-anchor="${anchor}" direction="${f.dir}" class="label">${escapeHtml(text.trim())}</text>`;
}

function perDay(hours: TimelineBar[]): TimelineBar[] {
  const days: TimelineBar[] = [];
  for (let i = 0; i < hours.length; i += 24) {
    const slice = hours.slice(i, i + 24);
    days.push({ hour: slice[0]!.hour, sends: slice.reduce((sum, h) => sum + h.sends, 0) });
  }
  return days;
}
