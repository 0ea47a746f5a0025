/**
 * What a simulation runs: one template and one list (`--template` / `--recipients`), or a campaign file
 * (`--campaign`) with several templates, each with its own recipients or the campaign's shared list, its
 * own start and pace or the campaign's. Paths in a campaign file are relative to the file. See
 * docs/guide/campaigns.md for the format.
 */
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { CliError, type CliIO } from '../io.js';
import { type LoadedTemplate, loadTemplateFile, TemplateFileError } from '../templates/index.js';
import { parseAt, parsePositive, parsePrice, requireFile, type SimulateValues } from './options.js';
import type { SourceEntry } from './source.js';

export interface CampaignEntry extends SourceEntry {
  /** The template file as written. */
  templateFile: string;
}

export interface CampaignPlan {
  /** The campaign's name (its `id`, or the template id for a single template). */
  id: string;
  file?: string;
  account?: string;
  entries: CampaignEntry[];
  optOuts?: { file: string; label: string };
  price?: { perSegment: number; currency: string };
  dailyCap?: number;
}

const MAX_CAMPAIGN_BYTES = 1 << 20;

const entrySchema = z
  .object({
    template: z.string().min(1),
    templateId: z.string().min(1).optional(),
    recipients: z.string().min(1).optional(),
    at: z.string().min(1).optional(),
    rate: z.number().positive().optional(),
  })
  .strict();

const campaignSchema = z
  .object({
    id: z.string().trim().min(1).optional(),
    account: z.string().trim().min(1).optional(),
    at: z.string().min(1).optional(),
    rate: z.number().positive().optional(),
    recipients: z.string().min(1).optional(),
    optOuts: z.string().min(1).optional(),
    dailyCap: z.number().int().positive().optional(),
    price: z
      .object({ perSegment: z.number().min(0), currency: z.string().length(3).optional() })
      .strict()
      .optional(),
    templates: z.array(entrySchema).min(1).max(100),
  })
  .strict();

export async function pickTemplate(
  io: CliIO,
  path: string,
  id: string | undefined,
  cwd = io.cwd,
): Promise<LoadedTemplate> {
  let loaded: LoadedTemplate[];
  try {
    loaded = await loadTemplateFile(path, requireFile(io, 'template', path, cwd));
  } catch (error) {
    if (error instanceof TemplateFileError) throw new CliError(error.message);
    throw error;
  }
  if (id !== undefined) {
    const found = loaded.find((t) => t.template.id === id);
    if (!found) throw new CliError(`${path}: no template with id "${id}"`);
    return found;
  }
  if (loaded.length > 1) {
    throw new CliError(
      `${path} holds ${loaded.length} templates; choose one with --template-id (${loaded.map((t) => t.template.id).join(', ')})`,
    );
  }
  return loaded[0]!;
}

/** The plan of `--template` + `--recipients`. */
export async function singlePlan(io: CliIO, values: SimulateValues, nowMs: number): Promise<CampaignPlan> {
  if (!values.template) throw new CliError('simulate: --template is required (or --campaign with a campaign file)');
  const loaded = await pickTemplate(io, values.template, values['template-id']);
  const recipientsFile = requireFile(io, 'recipients', values.recipients);
  const plan: CampaignPlan = {
    id: loaded.template.id,
    entries: [
      {
        template: loaded.template,
        templateFile: values.template,
        recipientsFile,
        recipientsLabel: values.recipients!,
        atMs: parseAt(values.at) ?? nowMs,
        rate: parsePositive(values.rate, '--rate', 'a positive number of messages per second'),
      },
    ],
  };
  if (loaded.template.account) plan.account = loaded.template.account;
  return plan;
}

/** The plan of `--campaign FILE`; flags given on the command line win over the file's settings. */
export async function campaignPlan(io: CliIO, values: SimulateValues, nowMs: number): Promise<CampaignPlan> {
  const label = values.campaign!;
  const path = requireFile(io, 'campaign', label);
  if (values.template || values.recipients)
    throw new CliError('simulate: use --campaign or --template/--recipients, not both');
  const source = await readFile(path, 'utf8');
  if (source.length > MAX_CAMPAIGN_BYTES) throw new CliError(`${label}: larger than ${MAX_CAMPAIGN_BYTES} bytes`);
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  const first = doc.errors[0];
  if (first) {
    const pos = lineCounter.linePos(first.pos[0]);
    throw new CliError(`${label}:${pos.line}:${pos.col}: invalid YAML: ${first.message.split('\n')[0]}`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new CliError(`${label}: ${(error as Error).message}`);
  }
  const parsed = campaignSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CliError(`${label}: invalid campaign: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const campaign = parsed.data;
  const base = dirname(path);
  const at = parseAt(values.at) ?? parseAt(campaign.at, `${label}: at`) ?? nowMs;
  const rate = parsePositive(values.rate, '--rate', 'a positive number of messages per second') ?? campaign.rate;
  const entries: CampaignEntry[] = [];
  for (const [index, entry] of campaign.templates.entries()) {
    const where = `${label}: templates.${index}`;
    const recipients = entry.recipients ?? campaign.recipients;
    if (!recipients) throw new CliError(`${where}: no recipients (give the entry or the campaign a recipients file)`);
    const loaded = await pickTemplate(io, entry.template, entry.templateId, base);
    entries.push({
      template: loaded.template,
      templateFile: entry.template,
      recipientsFile: requireFile(io, 'recipients', recipients, base),
      recipientsLabel: recipients,
      atMs: parseAt(entry.at, `${where}.at`) ?? at,
      rate: entry.rate ?? rate,
    });
  }
  const plan: CampaignPlan = { id: campaign.id ?? entries[0]!.template.id, file: label, entries };
  if (campaign.account) plan.account = campaign.account;
  if (campaign.optOuts)
    plan.optOuts = { file: requireFile(io, 'opt-outs', campaign.optOuts, base), label: campaign.optOuts };
  if (campaign.dailyCap) plan.dailyCap = campaign.dailyCap;
  const price = parsePrice(campaign.price?.perSegment, campaign.price?.currency);
  if (price) plan.price = price;
  return plan;
}
