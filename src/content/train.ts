/**
 * Training of the content model: one logistic regression per category over the hashed features of
 * `_features.ts`, fitted by FTRL-Proximal (per-coordinate learning rates, L1 for sparsity, L2), in a fixed order
 * from a seeded shuffle, so the same examples give the same model, byte for byte.
 *
 * With a base model (the shipped one), only the `own` part is trained, on top of the base's logits: the base
 * keeps what it knew, and the own part learns what the operator's examples add — a new scam family, or a
 * site-specific look-alike to unlearn. A few anchor examples (the category specs' flagged and clean examples,
 * shipped in the package) are mixed in, so a file of clean messages alone cannot teach "nothing is prohibited".
 */
import type { CompiledContent } from './_engine.js';
import { FEATURE_BITS } from './_features.js';
import {
  type ContentModel,
  encodeWeights,
  MODEL_FORMAT,
  MODEL_VERSION,
  type ModelPart,
  runtimePart,
} from './_model.js';
import { CATEGORY_SPECS } from './categories.js';
import { CONTENT_CATEGORIES, type ContentCategory } from './lexicons/types.js';

export interface TrainingExample {
  text: string;
  /** Categories the text belongs to (empty: clean). */
  labels: readonly ContentCategory[];
  /** Weight of the example (default 1). */
  weight?: number;
}

export interface TrainOptions {
  name?: string;
  /** A model to build on: only the `own` part is trained, on top of it. */
  base?: ContentModel | null;
  /** Passes over the data (default 8). */
  epochs?: number;
  /** FTRL parameters. */
  alpha?: number;
  beta?: number;
  l1?: number;
  l2?: number;
  /**
   * Weights smaller than this (in logits) are dropped when the model is written (default 0.1): about 60% of the
   * weights, under a tenth of a point each, which inference would otherwise add up on every message.
   */
  minWeight?: number;
  /** Bounds of the trained part's contribution to a score. */
  bounds?: { positive: number; negative: number };
  /** Seed of the shuffle (default 1). */
  seed?: number;
  /** Free text for the model card. */
  trainedOn?: string;
  /** Mix in the specs' examples as anchors (default: true when training on a base). */
  anchors?: boolean;
  /** Which part the result is: `base` (the shipped model) or `own` (an operator's; default when `base` is given). */
  part?: 'base' | 'own';
  bits?: number;
}

/** Bounds of the shipped model's contribution (it tips borderline messages, never decides alone). */
export const SHIPPED_BOUNDS = { positive: 4, negative: 3 };
/** Default bounds of a model an operator trains on their own traffic. */
export const OWN_BOUNDS = { positive: 6, negative: 10 };

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The anchor examples shipped with the category specs. */
export function anchorExamples(): TrainingExample[] {
  const out: TrainingExample[] = [];
  for (const category of CONTENT_CATEGORIES) {
    const spec = CATEGORY_SPECS[category];
    for (const text of spec.examples.flagged) out.push({ text, labels: [category], weight: 3 });
    for (const text of spec.examples.clean) out.push({ text, labels: [], weight: 3 });
  }
  return out;
}

/**
 * Trains a model on labelled examples, with the features of `classifier` (the package's default classifier).
 * Deterministic: the same examples, options and package version give the same model.
 */
export function trainContentModel(
  examples: readonly TrainingExample[],
  classifier: CompiledContent,
  options: TrainOptions = {},
): ContentModel {
  const bits = options.bits ?? FEATURE_BITS;
  const size = 1 << bits;
  const C = CONTENT_CATEGORIES.length;
  const epochs = options.epochs ?? 8;
  const alpha = options.alpha ?? 0.15;
  const beta = options.beta ?? 1;
  const l1 = options.l1 ?? 2.5;
  const l2 = options.l2 ?? 4;
  const minWeight = options.minWeight ?? 0.1;
  const base = options.base ?? null;
  const useAnchors = options.anchors ?? (options.part ?? (base ? 'own' : 'base')) === 'own';
  const all = useAnchors ? [...examples, ...anchorExamples()] : [...examples];

  const features = all.map((e) => classifier.featuresOf(e.text, bits));
  const targets = all.map((e) => {
    const t = new Uint8Array(C);
    for (const label of e.labels) t[CONTENT_CATEGORIES.indexOf(label)] = 1;
    return t;
  });
  const weights = all.map((e) => e.weight ?? 1);
  // Class balance: a category's positives weigh more when they are rare (square root of the ratio, capped).
  const balance = new Float64Array(C);
  for (let c = 0; c < C; c++) {
    let positives = 0;
    for (const t of targets) positives += t[c]!;
    balance[c] = positives === 0 ? 1 : Math.min(8, Math.sqrt((all.length - positives) / positives));
  }
  // Base logits, fixed during training.
  const baseParts = base
    ? [base.base, base.own].filter((p): p is ModelPart => p !== null).map((p) => runtimePart(p, bits, C))
    : [];
  const baseLogits = features.map((f) => {
    const logits = new Float64Array(C);
    for (const part of baseParts) {
      for (let c = 0; c < C; c++) logits[c]! += part.bias[c]!;
      for (let k = 0; k < f.length; k++) {
        const bucket = f[k]!;
        for (let j = part.rowStart[bucket]!; j < part.rowStart[bucket + 1]!; j++)
          logits[part.rowCategory[j]!]! += part.rowWeight[j]!;
      }
    }
    return logits;
  });

  const z = new Float64Array(size * C);
  const n = new Float64Array(size * C);
  const biasZ = new Float64Array(C);
  const biasN = new Float64Array(C);
  const weightOf = (zi: number, ni: number, l1i: number): number => {
    if (Math.abs(zi) <= l1i) return 0;
    return -(zi - Math.sign(zi) * l1i) / ((beta + Math.sqrt(ni)) / alpha + l2);
  };
  const random = mulberry32(options.seed ?? 1);
  const order = Array.from(all.keys());
  const logits = new Float64Array(C);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const e of order) {
      const f = features[e]!;
      for (let c = 0; c < C; c++) logits[c] = baseLogits[e]![c]! + weightOf(biasZ[c]!, biasN[c]!, 0);
      for (let k = 0; k < f.length; k++) {
        const row = f[k]! * C;
        for (let c = 0; c < C; c++) logits[c]! += weightOf(z[row + c]!, n[row + c]!, l1);
      }
      for (let c = 0; c < C; c++) {
        const y = targets[e]![c]!;
        const p = 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, logits[c]!))));
        const g = (p - y) * weights[e]! * (y === 1 ? balance[c]! : 1);
        if (g === 0) continue;
        // Bias.
        const bw = weightOf(biasZ[c]!, biasN[c]!, 0);
        const bs = (Math.sqrt(biasN[c]! + g * g) - Math.sqrt(biasN[c]!)) / alpha;
        biasZ[c]! += g - bs * bw;
        biasN[c]! += g * g;
        for (let k = 0; k < f.length; k++) {
          const at = f[k]! * C + c;
          const w = weightOf(z[at]!, n[at]!, l1);
          const sigma = (Math.sqrt(n[at]! + g * g) - Math.sqrt(n[at]!)) / alpha;
          z[at]! += g - sigma * w;
          n[at]! += g * g;
        }
      }
    }
  }
  // Final weights, quantised to int8 per category.
  const steps = new Array<number>(C).fill(1e-3);
  const final = new Float64Array(size * C);
  for (let at = 0; at < size * C; at++) {
    if (n[at] === 0) continue;
    final[at] = weightOf(z[at]!, n[at]!, l1);
    const c = at % C;
    steps[c] = Math.max(steps[c]!, Math.abs(final[at]!) / 127);
  }
  const entries: Array<{ bucket: number; category: number; value: number }> = [];
  for (let bucket = 0; bucket < size; bucket++) {
    for (let c = 0; c < C; c++) {
      const w = final[bucket * C + c]!;
      if (Math.abs(w) < minWeight) continue;
      const value = Math.round(w / steps[c]!);
      if (value !== 0) entries.push({ bucket, category: c, value: Math.max(-127, Math.min(127, value)) });
    }
  }
  const own = (options.part ?? (base ? 'own' : 'base')) === 'own';
  const part: ModelPart = {
    bias: Array.from(biasZ, (zi, c) => round(weightOf(zi, biasN[c]!, 0))),
    bounds: options.bounds ?? (own ? OWN_BOUNDS : SHIPPED_BOUNDS),
    steps: steps.map((s) => Number(s.toPrecision(6))),
    weights: encodeWeights(entries),
  };
  const model: ContentModel = {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    name: options.name ?? (own ? 'own' : 'default'),
    bits,
    categories: CONTENT_CATEGORIES,
    base: base ? (base.base ?? null) : own ? null : part,
    own: own ? part : null,
  };
  if (options.trainedOn !== undefined) model.trainedOn = options.trainedOn;
  return model;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** The JSON a model is saved as (`sms-policy train`); the shipped base is referred to, not copied. */
export function modelToJson(model: ContentModel, shippedBase: ModelPart | null): string {
  const json = { ...model, base: model.base !== null && model.base === shippedBase ? 'default' : model.base };
  return `${JSON.stringify(json)}\n`;
}
