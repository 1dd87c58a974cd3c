/**
 * Sizes on the command line: plain bytes (`52428800`) or a number with a
 * suffix K, M or G, 1024-based as in ripgrep (`200k`, `50M`, `50MB`, `1.5GiB`).
 */
const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** The size in bytes, or null when the text is not a positive size. */
export function parseByteSize(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?) ?([kmg])?(?:i?b)?$/i.exec(text.trim());
  if (!m) return null;
  const bytes = Math.floor(Number(m[1]) * UNITS[(m[2] ?? '').toLowerCase()]);
  return bytes >= 1 && Number.isSafeInteger(bytes) ? bytes : null;
}

/** `50M (52428800 bytes)`, or `1000 bytes` when no unit divides it evenly. */
export function formatByteSize(bytes: number): string {
  for (const unit of ['g', 'm', 'k'] as const) {
    if (bytes % UNITS[unit] === 0) return `${bytes / UNITS[unit]}${unit.toUpperCase()} (${bytes} bytes)`;
  }
  return `${bytes} bytes`;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 ** 2;
