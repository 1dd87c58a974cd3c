import { describe, expect, it } from 'vitest';
import { rangeOrder, runsBackwards } from '../src/check/range-order.js';
import { extract } from '../src/index.js';
import type { Found } from '../src/types.js';

const warnings = async (text: string) =>
  (await extract(text)).messages.filter((m) => m.ruleId?.startsWith('consistency/')).map((m) => `${m.ruleId} ${m.line}`);

describe('facts that contradict each other', () => {
  it('warns when delegates outnumber the members they stand for, with the line', async () => {
    const text = 'Đại hội Đảng bộ huyện lần thứ XX.\nDự đại hội có 350 đại biểu, đại diện cho 300 đảng viên trong toàn Đảng bộ.';
    expect(await warnings(text)).toEqual(['consistency/delegates-members 2']);
  });
  it('warns when one congress is given two terms', async () => {
    const text = 'Đại hội đại biểu Đảng bộ tỉnh Bến Tre lần thứ XI, nhiệm kỳ 2020-2025 khai mạc.\nĐại hội đại biểu Đảng bộ tỉnh Bến Tre lần thứ XI, nhiệm kỳ 2015-2020 bế mạc.';
    expect((await warnings(text)).map((w) => w.split(' ')[0])).toContain('consistency/congress-terms');
  });
  it('says nothing about a consistent article', async () => {
    const text = 'Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020-2025 có 250 đại biểu, đại diện cho hơn 6.000 đảng viên.';
    expect(await warnings(text)).toEqual([]);
  });
});

describe('consistency/range-order compares dates, not strings', () => {
  it('a yearless range across New Year runs forwards: no warning (the strings compare backwards)', async () => {
    const a = await extract('Đại hội diễn ra từ ngày 30/12 đến ngày 2/1 tại hội trường tỉnh.');
    expect(a.dates.map((d) => d.value)).toEqual(['--12-30/--01-02']);
    expect(await warnings('Đại hội diễn ra từ ngày 30/12 đến ngày 2/1 tại hội trường tỉnh.')).toEqual([]);
  });
  it('with a dateline, the range across New Year ends in the next year', async () => {
    const text = 'Ngày 20/12/2020\nĐại hội diễn ra từ ngày 30/12 đến ngày 2/1 tại hội trường tỉnh.';
    const a = await extract(text);
    expect(a.dates.map((d) => [d.value, d.yearImplied])).toEqual([['2020-12-30/2021-01-02', true]]);
    expect(await warnings(text)).toEqual([]);
  });
  it('reads days, months, quarters and yearless days as the days they span', () => {
    expect(runsBackwards('2020-10-17/2020-10-15')).toBe(true);
    expect(runsBackwards('2020-10-15/2020-10-17')).toBe(false);
    expect(runsBackwards('2020-11/2020-10-15')).toBe(true);
    expect(runsBackwards('2020-10/2020-10-15')).toBe(false);
    expect(runsBackwards('2021-Q1/2020-Q4')).toBe(true);
    // As strings `2020-11` < `2020-Q4`; as dates November lies inside the fourth quarter.
    expect(runsBackwards('2020-Q4/2020-11')).toBe(false);
    expect(runsBackwards('2020-12-30/2021-01-02')).toBe(false);
    expect(runsBackwards('--12-30/--01-02')).toBe(false);
    expect(runsBackwards('2020-10-15')).toBe(false);
  });
  it('reports a backwards range at the fact, with its rule id', () => {
    const at = (value: string): Found<{ value: string }> => ({ fact: { value }, span: { start: 0, end: 1 }, rule: 'dates/x', confidence: 1 });
    const reported: string[] = [];
    rangeOrder.run([at('2020-10-17/2020-10-15'), at('--12-30/--01-02')], (reason, f) => reported.push(`${reason} @${f.fact.value}`));
    expect(rangeOrder.id).toBe('consistency/range-order');
    expect(reported).toEqual(['date range ends before it starts: 2020-10-17/2020-10-15 (write the earlier date first, or correct the day, month or year) @2020-10-17/2020-10-15']);
  });
});

describe('target ranges', () => {
  it('a range written backwards is not read as a target range, so no target can run backwards', async () => {
    // Why there is no `consistency/target-range` check: the quantity reader keeps only ranges that rise.
    const a = await extract('Đảng bộ huyện phấn đấu đến năm 2025 tỷ lệ hộ nghèo giảm còn 12 - 10%.');
    expect(a.targets.filter((t) => t.min !== null && t.max !== null && t.min > t.max)).toEqual([]);
    const b = await extract('Đảng bộ huyện phấn đấu đến năm 2025 tỷ lệ che phủ rừng đạt 45 - 50%.');
    expect(b.targets.map((t) => [t.min, t.max])).toEqual([[45, 50]]);
  });
});

