/**
 * Frame evaluation: which frames fire on a message's concept occurrences. A frame fires when every `with` slot
 * has an occurrence anywhere and every `near` slot has one, all within `window` words of each other (in any
 * order). One left-to-right pass over the occurrences sorted by word, remembering the last word of each slot,
 * finds the tightest window ending at every occurrence.
 */
import type { CompiledFrame } from './_compile.js';
import type { Occurrences } from './_occurrences.js';

/** Per-classification scratch: occurrence order, concept presence. */
export class FrameScratch {
  order = new Int32Array(0);
  presence = new Int32Array(0);
  /** Per-frame stamp so that a frame reached through two concepts is tried once. */
  tried = new Int32Array(0);
  stamp = 0;
  readonly last = new Int32Array(8);
  readonly lastEnd = new Int32Array(8);
  readonly lastOccurrence = new Int32Array(8);

  prepare(concepts: number, frames: number, occurrences: Occurrences): void {
    if (this.presence.length < concepts) this.presence = new Int32Array(concepts);
    else this.presence.fill(0);
    if (this.tried.length < frames) this.tried = new Int32Array(frames);
    if (this.order.length < occurrences.size) this.order = new Int32Array(Math.max(64, occurrences.size));
    this.stamp++;
    const { order } = this;
    const token = occurrences.token;
    for (let k = 0; k < occurrences.size; k++) {
      const concept = occurrences.concept[k]!;
      if (concept >= 0) this.presence[concept]!++;
      // Insertion sort by word: occurrences arrive nearly sorted.
      let i = k;
      while (i > 0 && token[order[i - 1]!]! > token[k]!) {
        order[i] = order[i - 1]!;
        i--;
      }
      order[i] = k;
    }
  }
}

function slotPresent(slot: Int32Array, presence: Int32Array): boolean {
  for (let i = 0; i < slot.length; i++) if (presence[slot[i]!]! > 0) return true;
  return false;
}

function inSlot(slot: Int32Array, concept: number): boolean {
  for (let i = 0; i < slot.length; i++) if (slot[i] === concept) return true;
  return false;
}

/**
 * Tries one frame. On success, writes the indexes of the occurrences that filled the `near` slots into
 * `picked` (length `frame.near.length`) and returns true.
 */
export function frameFires(
  frame: CompiledFrame,
  occurrences: Occurrences,
  scratch: FrameScratch,
  picked: Int32Array,
  skip?: (occurrence: number) => boolean,
): boolean {
  const { presence } = scratch;
  for (const slot of frame.with) if (!slotPresent(slot, presence)) return false;
  for (const slot of frame.near) if (!slotPresent(slot, presence)) return false;
  const slots = frame.near.length;
  if (slots === 0) return true;
  const { last, lastEnd, lastOccurrence, order } = scratch;
  for (let s = 0; s < slots; s++) last[s] = -1;
  let bestWidth = Number.POSITIVE_INFINITY;
  for (let n = 0; n < occurrences.size; n++) {
    const k = order[n]!;
    if (skip?.(k)) continue;
    const concept = occurrences.concept[k]!;
    const token = occurrences.token[k]!;
    // One occurrence fills one slot: of the slots it fits, the one filled longest ago (or never).
    let slot = -1;
    for (let s = 0; s < slots; s++) {
      if (!inSlot(frame.near[s]!, concept)) continue;
      if (slot < 0 || last[s]! < last[slot]!) slot = s;
    }
    if (slot < 0) continue;
    last[slot] = token;
    lastEnd[slot] = occurrences.tokenEnd[k]!;
    lastOccurrence[slot] = k;
    // Width: from the earliest end to the latest start (an occurrence spanning several words counts once).
    let low = occurrences.tokenEnd[k]!;
    let complete = true;
    for (let s = 0; s < slots; s++) {
      if (last[s]! < 0) {
        complete = false;
        break;
      }
      if (lastEnd[s]! < low) low = lastEnd[s]!;
    }
    if (!complete) continue;
    const width = Math.max(0, token - low);
    if (width <= frame.window && width < bestWidth && disjoint(occurrences, lastOccurrence, slots)) {
      bestWidth = width;
      for (let s = 0; s < slots; s++) picked[s] = lastOccurrence[s]!;
      if (width === 0) break;
    }
  }
  return bestWidth !== Number.POSITIVE_INFINITY;
}

/** Whether the occurrences filling the slots cover different words of the text (one word fills one slot). */
function disjoint(occurrences: Occurrences, picked: Int32Array, slots: number): boolean {
  for (let a = 0; a < slots; a++) {
    for (let b = a + 1; b < slots; b++) {
      const x = picked[a]!;
      const y = picked[b]!;
      if (occurrences.start[x]! < occurrences.end[y]! && occurrences.start[y]! < occurrences.end[x]!) return false;
    }
  }
  return true;
}
