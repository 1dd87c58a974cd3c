/** Messages on an article's file at input positions, for the extractors and the checks alike. */
import type { VFile } from 'vfile';
import type { SourceMap } from './normalize/offset-map.js';
import type { Span } from './types.js';

/** A warning on the file at the input position of a span of the normalised text. */
export function warnAt(file: VFile, map: SourceMap, span: Span, reason: string, ruleId: string): void {
  const offset = map.toOriginal(span.start);
  file.message(reason, { place: { ...map.lineColumn(offset), offset }, ruleId, source: 'vnextract' });
}
