import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

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
