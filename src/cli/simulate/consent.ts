/**
 * The consent data of a simulation: an opt-out list (every row counted: revoked, repeated, or not a
 * number, with the lines of the first bad ones), a SQLite ledger, or nothing.
 */
import { normalizePhone } from '../../text/phone.js';
import { CliError, type CliIO } from '../io.js';
import type { ConsentAdapter, ConsentSetup } from '../packs.js';
import type { CampaignPlan } from './campaign.js';
import { readCsv } from './csv.js';
import { requireFile, type SimulateValues } from './options.js';
import type { OptOutListSummary, SimulationReport } from './report.js';

const PHONE_COLUMNS = ['to', 'phone'];

export interface ConsentChoice {
  setup: ConsentSetup;
  source: SimulationReport['consent']['source'];
  optOutList?: OptOutListSummary;
}

/** Reads an opt-out CSV: yields the E.164 numbers and fills `summary` as it goes. */
async function* optOutNumbers(
  file: string,
  summary: OptOutListSummary,
  region: string | undefined,
): AsyncGenerator<string> {
  let column = -1;
  const seen = new Set<string>();
  for await (const batch of readCsv(file, summary.file)) {
    for (const row of batch) {
      if (column < 0) {
        column = PHONE_COLUMNS.map((c) => row.fields.indexOf(c)).find((i) => i >= 0) ?? -1;
        if (column < 0) throw new CliError(`${summary.file}: the header needs a "to" or "phone" column`);
        continue;
      }
      summary.rows++;
      const phone = normalizePhone(row.fields[column] ?? '', region ?? 'JO');
      if (!phone) {
        summary.invalid++;
        if (summary.invalidLines.length < 20) summary.invalidLines.push(row.line);
        continue;
      }
      if (seen.has(phone.e164)) {
        summary.duplicates++;
        continue;
      }
      seen.add(phone.e164);
      summary.revoked++;
      yield phone.e164;
    }
  }
  if (column < 0) throw new CliError(`${summary.file}: the file is empty (it needs a header row)`);
}

export async function chooseConsent(
  io: CliIO,
  values: SimulateValues,
  plan: CampaignPlan,
  adapter: ConsentAdapter,
  account: string,
  region: string | undefined,
): Promise<ConsentChoice> {
  if (values['opt-outs'] && values['consent-db'])
    throw new CliError('simulate: use --opt-outs or --consent-db, not both');
  const optOuts = values['opt-outs']
    ? { file: requireFile(io, 'opt-outs', values['opt-outs']), label: values['opt-outs'] }
    : values['consent-db']
      ? undefined
      : plan.optOuts;
  try {
    if (optOuts) {
      const summary: OptOutListSummary = {
        file: optOuts.label,
        rows: 0,
        revoked: 0,
        duplicates: 0,
        invalid: 0,
        invalidLines: [],
      };
      const setup = await adapter.optOutLedger({
        account,
        at: new Date(0),
        numbers: optOutNumbers(optOuts.file, summary, region),
      });
      return { setup, source: 'opt-out list', optOutList: summary };
    }
    if (values['consent-db']) {
      const setup = await adapter.sqliteLedger(requireFile(io, 'consent-db', values['consent-db']));
      return { setup, source: 'consent db' };
    }
    return { setup: await adapter.emptyLedger(), source: 'none' };
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError((error as Error).message);
  }
}
