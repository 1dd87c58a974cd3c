/**
 * Where the pipeline is right now: the stage (`normalize`, `extract:counts`…)
 * and the rule being scanned, kept in memory that a watchdog on another
 * thread can read. A regular expression cannot be interrupted from inside
 * its own thread, so an article that overruns its time budget is stopped
 * from outside (the worker is terminated), and these values say which stage
 * and rule it was stuck in.
 *
 * Each step costs one or two stores into a typed array: cheap enough for the
 * hot path of every rule scan. Without a watchdog the memory is private.
 */

/** Layout: [0] rule index (-1 none), [1] stage name length, then the name in UTF-8. */
const RULE = 0;
const STAGE_LENGTH = 1;
const STAGE_BYTES_AT = 8;
const STAGE_BYTES = 56;
export const PROBE_BYTES = STAGE_BYTES_AT + STAGE_BYTES;

let ints: Int32Array<ArrayBufferLike> = new Int32Array(new ArrayBuffer(PROBE_BYTES), 0, 2);
let bytes: Uint8Array<ArrayBufferLike> = new Uint8Array(ints.buffer, STAGE_BYTES_AT, STAGE_BYTES);
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Write the probe into `buffer` (shared with a watchdog) from now on. */
export function attachProbe(buffer: SharedArrayBuffer): void {
  ints = new Int32Array(buffer, 0, 2);
  bytes = new Uint8Array(buffer, STAGE_BYTES_AT, STAGE_BYTES);
}

/** A stage of the pipeline begins; no rule is running yet. */
export function enterStage(name: string): void {
  ints[RULE] = -1;
  ints[STAGE_LENGTH] = encoder.encodeInto(name, bytes).written;
}

/** A rule (by its index in the rule set, see `ruleSetFrom`) is scanning; -1 when none. */
export function enterRule(index: number): void {
  ints[RULE] = index;
}

export interface ProbeReading {
  stage: string | null;
  /** Index of the rule that was scanning, or -1. */
  rule: number;
}

/** What a probe's shared memory says (read by the watchdog). */
export function readProbe(buffer: SharedArrayBuffer): ProbeReading {
  const view = new Int32Array(buffer, 0, 2);
  const length = Math.min(view[STAGE_LENGTH], STAGE_BYTES);
  // A copy: TextDecoder does not read shared memory.
  const name = decoder.decode(new Uint8Array(buffer, STAGE_BYTES_AT, length).slice());
  return { stage: name || null, rule: view[RULE] };
}
