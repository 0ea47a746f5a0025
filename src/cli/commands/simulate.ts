/**
 * `sms-policy simulate`: the campaign what-if. Streams the recipients (never loads a list whole), renders
 * each message, runs `policy.check` on memory stores, tallies verdicts, rules, consent, invalid rows and
 * segments per template and in total, and plans when each message would actually leave. Everything that
 * can be checked before the run (flags, files, output paths) is checked first. Exits 0 when it completes,
 * whatever the verdicts. The parts live in ../simulate/.
 */
import { statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolveMessage } from '../../locales/catalog.js';
import { createPolicy } from '../../core/policy.js';
import type { Locale } from '../../core/types.js';
import { type CliConfig, selectRules } from '../config.js';
import { countryBreakdownHtml, createCountryBreakdown, withCountrySection } from '../country-breakdown.js';
import { renderSimulationHtml } from '../formats/html.js';
import { type CliIO, EXIT_OK } from '../io.js';
import { accountPace, type ConsentAdapter, type PackDefinition } from '../packs.js';
import { campaignPlan, singlePlan } from '../simulate/campaign.js';
import { chooseConsent } from '../simulate/consent.js';
import { evaluateCampaign } from '../simulate/evaluate.js';
import { formatSimulation } from '../simulate/format-text.js';
import { gateFactory } from '../simulate/gate.js';
import { invalidRowWriter } from '../simulate/invalid-out.js';
import { checkOutputPath, parsePositive, parsePrice, type SimulateValues } from '../simulate/options.js';
import { createProgress } from '../simulate/progress.js';
import { buildReport, type SimulationReport } from '../simulate/report.js';
import { DeliveryPlanner, type DeliveryPace } from '../simulate/timeline.js';

export type { SimulationReport as SimulationResult } from '../simulate/report.js';
export type { SimulateValues } from '../simulate/options.js';
export { formatSimulation } from '../simulate/format-text.js';

export interface SimulateRun {
  values: SimulateValues;
  config: CliConfig;
  registry: Record<string, PackDefinition>;
  consent: ConsentAdapter;
  locale: Locale;
}

/** The report's time zone: dates are shown in Amman time, where the Jordan rules count quiet hours. */
export const REPORT_TIME_ZONE = 'Asia/Amman';

function paceFor(throughput: ReturnType<typeof accountPace>): DeliveryPace | undefined {
  if (!throughput) return undefined;
  return { ...throughput, limitedBy: ['flood/account-throughput'] };
}

export async function runSimulate(io: CliIO, run: SimulateRun): Promise<number> {
  const { values, config, locale } = run;
  const outputs = {
    html: checkOutputPath(io, 'html', values.html),
    output: checkOutputPath(io, 'output', values.output),
    invalid: checkOutputPath(io, 'invalid-out', values['invalid-out']),
  };
  const plan = values.campaign ? await campaignPlan(io, values, Date.now()) : await singlePlan(io, values, Date.now());
  const price = parsePrice(values.price, values.currency) ?? plan.price;
  const dailyCap =
    parsePositive(values['daily-cap'], '--daily-cap', 'a positive number of messages per day') ?? plan.dailyCap;
  const account = values.account ?? plan.account ?? config.account ?? 'simulation';
  const consent = await chooseConsent(io, values, plan, run.consent, account, config.region);
  try {
    const rules = selectRules(
      config,
      run.registry,
      consent.setup.packOptions ? { consent: consent.setup.packOptions } : {},
    );
    const firstAt = new Date(Math.min(...plan.entries.map((entry) => entry.atMs)));
    const policy = createPolicy({
      rules,
      consent: consent.setup.ledger,
      locale,
      clock: () => firstAt,
      ...(config.region ? { defaultRegion: config.region } : {}),
    });
    const lanesGate = gateFactory(rules, config.region);
    const gates: Array<ReturnType<typeof lanesGate>> = [];
    const planner = new DeliveryPlanner({
      timeZone: REPORT_TIME_ZONE,
      pace: paceFor(accountPace(rules, config.packs)),
      dailyCap,
      laneRates: plan.entries.map((entry) => entry.rate),
      gates: plan.entries.map((_, lane) => (ms) => gates[lane]!(ms)),
    });
    const totalBytes = plan.entries.reduce((sum, entry) => sum + statSync(entry.recipientsFile).size, 0);
    const progress = createProgress(io, totalBytes);
    const invalidOut = outputs.invalid ? invalidRowWriter(outputs.invalid) : undefined;
    const countries = createCountryBreakdown();
    const started = performance.now();
    let evaluated: Awaited<ReturnType<typeof evaluateCampaign>>;
    try {
      evaluated = await evaluateCampaign({
        entries: plan.entries,
        policy,
        account,
        planner,
        invalidOut,
        countries,
        windowRuleIds: new Set(rules.filter((rule) => rule.stage === 'stateless').map((rule) => rule.id)),
        labelRows: new Set(plan.entries.map((entry) => entry.recipientsFile)).size > 1,
        onProgress: (rows, bytes) => progress.update(rows, bytes),
      });
    } finally {
      progress.stop();
      await invalidOut?.close();
    }
    for (const lane of evaluated.lanes) gates.push(lanesGate(lane.sample));
    const timeline = await planner.plan();
    const report = buildReport({
      campaign: plan.file ? { id: plan.id, file: plan.file } : { id: plan.id },
      account,
      lanes: evaluated.lanes,
      deferrals: evaluated.deferrals,
      timeline,
      countries: countries.result(),
      consentSource: consent.source,
      optOutList: consent.optOutList,
      price,
      invalidOut:
        invalidOut && values['invalid-out'] ? { file: values['invalid-out'], rows: invalidOut.count } : undefined,
      durationMs: Math.round(performance.now() - started),
    });
    await writeReports(io, values, outputs, report, locale);
    return EXIT_OK;
  } finally {
    await consent.setup.close?.();
  }
}

async function writeReports(
  io: CliIO,
  values: SimulateValues,
  outputs: { html: string | undefined; output: string | undefined },
  report: SimulationReport,
  locale: Locale,
): Promise<void> {
  const notes: string[] = [];
  if (outputs.html) {
    const html = withCountrySection(
      renderSimulationHtml(report, locale),
      countryBreakdownHtml(report.countries, locale),
    );
    await writeFile(outputs.html, html, 'utf8');
    notes.push(resolveMessage(locale, 'cli.sim.html', { path: values.html! }));
  }
  if (values['invalid-out'] && report.invalidOut) {
    notes.push(
      resolveMessage(locale, 'cli.sim.invalid-out', { path: values['invalid-out'], count: report.invalidOut.rows }),
    );
  }
  const body = values.json ? `${JSON.stringify(report, null, 2)}\n` : formatSimulation(report, locale);
  if (outputs.output) {
    await writeFile(outputs.output, body, 'utf8');
    notes.push(resolveMessage(locale, 'cli.sim.output', { path: values.output! }));
  } else io.stdout.write(body);
  // With --json on stdout the notes go to stderr, so stdout stays one JSON document.
  const notesTo = values.json && !outputs.output ? io.stderr : io.stdout;
  for (const note of notes) notesTo.write(`${note}\n`);
}
