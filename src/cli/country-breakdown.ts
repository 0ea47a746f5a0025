/**
 * The per-country part of a simulation: verdicts and rules counted by the recipient's country (what
 * `byCountry` routes by, read from the decision's audit record), for the text, JSON and HTML reports.
 *
 * A small module of its own so the simulate command and its HTML report (being reworked for issue 13) only
 * call it: `add` per decision, then `formatCountryBreakdown` / `countryBreakdownHtml`.
 */
import { resolveMessage } from '../locales/catalog.js';
import type { Decision, Locale, Verdict } from '../core/types.js';

export interface CountryTally {
  /** Messages evaluated for recipients of this country (invalid rows have no country and are not here). */
  total: number;
  verdicts: Record<Verdict, number>;
  /** Messages with at least one finding of each rule. */
  rules: Record<string, number>;
}

/** Country code → tally, e.g. `{ AE: { total: 3, verdicts: {...}, rules: { 'uae/adv-quiet-hours': 3 } } }`. */
export type CountryBreakdown = Record<string, CountryTally>;

/**
 * Counts decisions by the recipient's country.
 *
 * @example
 * const breakdown = createCountryBreakdown();
 * breakdown.add(await policy.check(message));
 * breakdown.result(); // { JO: { total: 1, verdicts: { allow: 1, ... }, rules: {} } }
 */
export function createCountryBreakdown() {
  const tallies = new Map<string, CountryTally>();
  return {
    add(decision: Decision): void {
      const country = decision.audit?.country ?? '??';
      let tally = tallies.get(country);
      if (!tally) {
        tally = { total: 0, verdicts: { allow: 0, review: 0, defer: 0, deny: 0 }, rules: {} };
        tallies.set(country, tally);
      }
      tally.total++;
      tally.verdicts[decision.verdict]++;
      let previous = '';
      const seen = new Set<string>();
      for (const finding of decision.findings) {
        // Findings of one rule are usually adjacent: skip the set for the common case.
        if (finding.ruleId === previous || seen.has(finding.ruleId)) continue;
        previous = finding.ruleId;
        seen.add(finding.ruleId);
        tally.rules[finding.ruleId] = (tally.rules[finding.ruleId] ?? 0) + 1;
      }
    },
    /** Countries by message count, largest first (ties by code). */
    result(): CountryBreakdown {
      const ordered = [...tallies].sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0]));
      return Object.fromEntries(ordered);
    },
  };
}

const VERDICTS = ['allow', 'review', 'defer', 'deny'] as const;

/** Rules that blocked (review, defer or deny verdicts) first, then by count; at most `limit`. */
function topRules(tally: CountryTally, limit: number): Array<[string, number]> {
  return Object.entries(tally.rules)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit);
}

/** The text report's "By country" section (empty when the simulation saw one country or none). */
export function formatCountryBreakdown(countries: CountryBreakdown, locale: Locale): string[] {
  const entries = Object.entries(countries);
  if (entries.length < 2) return [];
  const t = (id: string, p: Record<string, string | number> = {}) => resolveMessage(locale, id, p);
  const lines = ['', t('cli.sim.countries')];
  for (const [country, tally] of entries) {
    const verdicts = VERDICTS.map((v) => `${t(`cli.verdict.${v}`)} ${tally.verdicts[v]}`).join(', ');
    lines.push(`  ${country.padEnd(4)} ${String(tally.total).padStart(9)}  (${verdicts})`);
    for (const [ruleId, n] of topRules(tally, 5)) lines.push(`       ${ruleId.padEnd(34)} ${String(n).padStart(9)}`);
  }
  return lines;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** The HTML report's section: one table row per country (nothing when one country or none). */
export function countryBreakdownHtml(countries: CountryBreakdown, locale: Locale): string {
  const entries = Object.entries(countries);
  if (entries.length < 2) return '';
  const t = (id: string) => resolveMessage(locale, id, {});
  const head = ['', ...VERDICTS.map((v) => t(`cli.verdict.${v}`)), '#', t('cli.sim.countries-rules')]
    .map((h) => `<th>${escapeHtml(h)}</th>`)
    .join('');
  const rows = entries
    .map(([country, tally]) => {
      const cells = VERDICTS.map((v) => `<td class="n">${tally.verdicts[v].toLocaleString('en-US')}</td>`).join('');
      const rules = topRules(tally, 3)
        .map(([ruleId, n]) => `${escapeHtml(ruleId)} (${n.toLocaleString('en-US')})`)
        .join(', ');
      return `<tr><td><bdi>${escapeHtml(country)}</bdi></td>${cells}<td class="n">${tally.total.toLocaleString('en-US')}</td><td><bdi>${rules}</bdi></td></tr>`;
    })
    .join('');
  return `<section id="by-country"><h2>${escapeHtml(t('cli.sim.countries'))}</h2><table><tr>${head}</tr>${rows}</table></section>\n`;
}

/** The report with the country section placed before its closing tag. */
export function withCountrySection(html: string, section: string): string {
  if (!section) return html;
  const end = html.lastIndexOf('</body>');
  return end < 0 ? html + section : `${html.slice(0, end)}${section}${html.slice(end)}`;
}
