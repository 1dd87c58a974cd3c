/**
 * Refiner: the limits of a plausible period, in one place. A year span
 * runs forwards and is no longer than what it can name: a party or state
 * term is 5 years (10 at most, counting plans that span two terms); a plan
 * or strategy up to 30 (`giai đoạn 2021 - 2050` is rare but written); any
 * other span the text names (a history, an anniversary) up to 50.
 */
export const PERIOD_LIMITS = {
  /** A congress's term. */
  term: 10,
  /** A plan's period, whose end year is a deadline. */
  plan: 30,
  /** Any span of years a term rule reads (`nhiệm kỳ 1975 - 2025` is not one; a 50-year history is). */
  span: 50,
  /** A history or an anniversary a term rule reads by its words (`Lịch sử Đảng bộ tỉnh (1930-2020)`). */
  history: 100,
} as const;

export type PeriodKind = keyof typeof PERIOD_LIMITS;

/** Whether `from`-`to` runs forwards and is no longer than the limit of its kind. */
export function isPlausiblePeriod(from: number, to: number, kind: PeriodKind): boolean {
  return to > from && to - from <= PERIOD_LIMITS[kind];
}
