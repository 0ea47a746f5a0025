/**
 * Scoring of one classification: the direct weights of the concepts found (each once, the strongest in full),
 * the frames reached through them, the model's bounded contribution and the obfuscation weight, per active
 * category; hits (the explanation) are built only for the categories reported. The tables are built once per
 * compiled classifier (`createScorer`); the buffers are reused from one text to the next.
 */
import { KIND_LOOKALIKE, foldTables } from '../text/fold.js';
import { FLAG_LOOKALIKE, type ScannedText } from '../text/scan.js';
import { type CompiledCategory, type CompiledFrame, type CompiledLexicon, VIEW_DEOBFUSCATED } from './_compile.js';
import type { ContentCategoryResult, ContentHit } from './_engine.js';
import { type FrameScratch, frameFires } from './_frames.js';
import type { ModelRuntime } from './_model.js';
import type { Occurrences } from './_occurrences.js';

export const MAX_FRAME_SLOTS = 8;
/** Weight of each further positive frame relative to the one before (1, 0.6, 0.36…). */
const FRAME_DECAY = 0.6;
const MAX_HIT_SPAN = 160;

interface FiredFrame {
  frame: CompiledFrame;
  picked: Int32Array;
}

/** The scoring tables of one compiled classifier and the buffers one classification reuses. */
export interface Scorer {
  readonly lexicon: CompiledLexicon;
  readonly active: readonly CompiledCategory[];
  readonly occurrences: Occurrences;
  readonly scratch: FrameScratch;
  readonly runtime: ModelRuntime | null;
  readonly picked: Int32Array;
  /** Direct weights by concept: [category position in `active`, weight] pairs. */
  readonly directByConcept: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
  /** For each concept, the active frames its first slot reaches, with their id and category position. */
  readonly framesOfConcept: ReadonlyArray<ReadonlyArray<{ frame: CompiledFrame; id: number; position: number }>>;
  readonly conceptSeen: Int32Array;
  conceptStamp: number;
  readonly firstOccurrence: Int32Array;
  readonly frameStamp: Int32Array;
  frameRun: number;
  readonly positive: Float64Array;
  readonly strongest: Float64Array;
  readonly hidden: Int32Array;
  readonly firedByPosition: FiredFrame[][];
}

export interface ScorerInput {
  lexicon: CompiledLexicon;
  active: readonly CompiledCategory[];
  occurrences: Occurrences;
  scratch: FrameScratch;
  runtime: ModelRuntime | null;
  /** Each active frame's number. */
  frameIds: ReadonlyMap<object, number>;
}

/** Builds the tables once per compiled classifier (no map lookups per message). */
export function createScorer({ lexicon, active, occurrences, scratch, runtime, frameIds }: ScorerInput): Scorer {
  const directByConcept: Array<Array<[number, number]>> = lexicon.concepts.map(() => []);
  active.forEach((category, position) => {
    category.weights.forEach((weight, concept) => {
      if (weight !== 0 && concept < directByConcept.length) directByConcept[concept]!.push([position, weight]);
    });
  });
  const frameCategory = new Map<object, number>();
  for (const [i, c] of active.entries()) for (const frame of c.frames) frameCategory.set(frame, i);
  const framesOfConcept = lexicon.framesByConcept.map((frames) =>
    frames.flatMap((frame) => {
      const id = frameIds.get(frame);
      return id === undefined ? [] : [{ frame, id, position: frameCategory.get(frame)! }];
    }),
  );
  return {
    lexicon,
    active,
    occurrences,
    scratch,
    runtime,
    picked: new Int32Array(MAX_FRAME_SLOTS),
    directByConcept,
    framesOfConcept,
    conceptSeen: new Int32Array(lexicon.concepts.length + 1),
    conceptStamp: 0,
    firstOccurrence: new Int32Array(lexicon.concepts.length + 1),
    frameStamp: new Int32Array(frameIds.size + 1),
    frameRun: 0,
    positive: new Float64Array(active.length),
    strongest: new Float64Array(active.length),
    hidden: new Int32Array(active.length),
    firedByPosition: active.map(() => []),
  };
}

/** Scores every s.active category; builds hits only for those reported. */
export function scoreAll(
  s: Scorer,
  text: string,
  scanned: ScannedText,
  model: Float64Array | null,
  out: ContentCategoryResult[],
): void {
  s.positive.fill(0);
  s.strongest.fill(0);
  s.hidden.fill(-1);
  // Most texts fire no frame: setting an array's length is a call into the runtime even when it is already 0.
  for (const list of s.firedByPosition) if (list.length > 0) list.length = 0;
  // Direct weights: each concept once, at its first occurrence.
  s.conceptStamp++;
  for (let k = 0; k < s.occurrences.size; k++) {
    const concept = s.occurrences.concept[k]!;
    if (concept < 0 || s.conceptSeen[concept] === s.conceptStamp) continue;
    s.conceptSeen[concept] = s.conceptStamp;
    s.firstOccurrence[concept] = k;
    for (const [position, weight] of s.directByConcept[concept]!) {
      const category = s.active[position]!;
      if (category.removed.size > 0 && removedTerm(s, category, k)) continue;
      if (weight < 0) s.positive[position]! += weight;
      else {
        // The s.strongest concept counts in full, each further one adds one point (synonyms do not pile up).
        const best = s.strongest[position]!;
        if (weight > best) {
          s.positive[position]! += weight - best + (best > 0 ? Math.min(1, best) : 0);
          s.strongest[position] = weight;
        } else s.positive[position]! += Math.min(1, weight);
      }
      if (weight > 0 && s.occurrences.view[k] === VIEW_DEOBFUSCATED && s.hidden[position]! < 0) s.hidden[position] = k;
    }
  }
  // Frames reached through a present concept of their first slot.
  s.frameRun++;
  for (let k = 0; k < s.occurrences.size; k++) {
    const concept = s.occurrences.concept[k]!;
    if (concept < 0 || s.firstOccurrence[concept] !== k || s.conceptSeen[concept] !== s.conceptStamp) continue;
    for (const { frame, id, position } of s.framesOfConcept[concept]!) {
      if (s.frameStamp[id] === s.frameRun) continue;
      s.frameStamp[id] = s.frameRun;
      const category = s.active[position]!;
      const skip = category.removed.size > 0 ? (o: number) => removedTerm(s, category, o) : undefined;
      if (!frameFires(frame, s.occurrences, s.scratch, s.picked, skip)) continue;
      s.firedByPosition[position]!.push({ frame, picked: s.picked.slice(0, frame.near.length) });
    }
  }
  for (let position = 0; position < s.active.length; position++) {
    const category = s.active[position]!;
    const fired = s.firedByPosition[position]!;
    let score = s.positive[position]!;
    if (fired.length > 1) fired.sort((x, y) => y.frame.weight - x.frame.weight);
    let factor = 1;
    for (const f of fired) {
      if (f.frame.weight > 0) {
        score += f.frame.weight * factor;
        factor *= FRAME_DECAY;
        if (s.hidden[position]! < 0)
          for (const k of f.picked) if (s.occurrences.view[k] === VIEW_DEOBFUSCATED) s.hidden[position] = k;
      } else score += f.frame.weight;
    }
    const contribution = model ? model[category.index]! : 0;
    score += contribution;
    let obfuscated = s.hidden[position]!;
    let lookalike: [number, number] | null = null;
    if (score > 0 && category.spec.obfuscationWeight > 0) {
      if (obfuscated < 0 && scanned.flags & FLAG_LOOKALIKE) {
        lookalike = lookalikeSpanOf(s, text, fired, position);
        if (lookalike) obfuscated = -2;
      }
      if (obfuscated !== -1) score += category.spec.obfuscationWeight;
    }
    score = Math.min(category.cap, Math.round(score * 100) / 100);
    if (score < category.reviewAt) continue;
    out.push({
      category: category.category,
      score,
      action: score >= category.denyAt && category.ceiling === 'deny' ? 'deny' : 'review',
      hits: hitsOf(s, position, fired, contribution, obfuscated, lookalike),
    });
  }
}

function removedTerm(s: Scorer, category: CompiledCategory, k: number): boolean {
  const term = s.occurrences.term[k]!;
  return term >= 0 && category.removed.has(s.lexicon.terms[term]!.key);
}

/** The span of the first s.positive piece of evidence written with a look-alike letter (Cyrillic а in "pаypal"). */
function lookalikeSpanOf(
  s: Scorer,
  text: string,
  fired: ReadonlyArray<{ frame: CompiledFrame; picked: Int32Array }>,
  position: number,
): [number, number] | null {
  const { kind } = foldTables();
  const has = (start: number, end: number): boolean => {
    for (let i = start; i < end; i++) if (kind[text.charCodeAt(i)]! & KIND_LOOKALIKE) return true;
    return false;
  };
  for (const f of fired) {
    if (f.frame.weight <= 0) continue;
    for (const k of f.picked)
      if (has(s.occurrences.start[k]!, s.occurrences.end[k]!)) return [s.occurrences.start[k]!, s.occurrences.end[k]!];
  }
  const category = s.active[position]!;
  for (let k = 0; k < s.occurrences.size; k++) {
    const concept = s.occurrences.concept[k]!;
    if (concept >= 0 && (category.weights[concept] ?? 0) > 0 && has(s.occurrences.start[k]!, s.occurrences.end[k]!)) {
      return [s.occurrences.start[k]!, s.occurrences.end[k]!];
    }
  }
  return null;
}

function hitsOf(
  s: Scorer,
  position: number,
  fired: ReadonlyArray<{ frame: CompiledFrame; picked: Int32Array }>,
  contribution: number,
  obfuscated: number,
  lookalike: [number, number] | null,
): ContentHit[] {
  const category = s.active[position]!;
  const hits: ContentHit[] = [];
  s.conceptStamp++;
  for (let k = 0; k < s.occurrences.size; k++) {
    const concept = s.occurrences.concept[k]!;
    if (concept < 0 || s.conceptSeen[concept] === s.conceptStamp) continue;
    s.conceptSeen[concept] = s.conceptStamp;
    const weight = category.weights[concept] ?? 0;
    if (weight === 0 || (category.removed.size > 0 && removedTerm(s, category, k))) continue;
    const term = s.occurrences.term[k]! >= 0 ? s.lexicon.terms[s.occurrences.term[k]!]!.text : undefined;
    hits.push({
      ruleId: `term:${s.lexicon.concepts[concept]}`,
      span: [s.occurrences.start[k]!, s.occurrences.end[k]!],
      weight,
      ...(term ? { term } : {}),
    });
  }
  let factor = 1;
  for (const f of fired) {
    let start = Number.POSITIVE_INFINITY;
    let end = 0;
    for (const k of f.picked) {
      if (s.occurrences.start[k]! < start) start = s.occurrences.start[k]!;
      if (s.occurrences.end[k]! > end) end = s.occurrences.end[k]!;
    }
    if (f.picked.length === 0) start = end = 0;
    if (end - start > MAX_HIT_SPAN) end = start + MAX_HIT_SPAN;
    let weight = f.frame.weight;
    if (weight > 0) {
      weight *= factor;
      factor *= FRAME_DECAY;
    }
    hits.push({ ruleId: `frame:${f.frame.id}`, span: [start, end], weight: Math.round(weight * 100) / 100 });
  }
  if (contribution !== 0 && s.runtime) hits.push(...s.runtime.explain(category.index, contribution));
  if (obfuscated >= 0) {
    hits.push({
      ruleId: 'obfuscated',
      span: [s.occurrences.start[obfuscated]!, s.occurrences.end[obfuscated]!],
      weight: category.spec.obfuscationWeight,
    });
  } else if (obfuscated === -2 && lookalike) {
    hits.push({ ruleId: 'obfuscated', span: lookalike, weight: category.spec.obfuscationWeight });
  }
  return hits.filter((h) => h.span[1] > h.span[0]);
}
