/**
 * Congresses: merging the mentions of one congress and finding its term away
 * from its name, behaviour the rule examples cannot express.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const congressesOf = async (text: string, reference?: string) =>
  (await extract(text, { reference })).congresses.map(({ ordinal, body, term }) => ({ ordinal, body, term }));

describe('congresses', () => {
  it('merges the mentions of one congress and keeps the most specific body', async () => {
    const text = [
      'Hội nghị quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030.',
      'Nghị quyết Đại hội Đại biểu Đảng bộ phường Tân An lần thứ I đề ra phương hướng chung.',
    ].join('\n');
    expect(await congressesOf(text)).toEqual([{ ordinal: 1, body: 'phường Tân An', term: '2025-2030' }]);
  });

  it('keeps two bodies with the same ordinal apart', async () => {
    const text =
      'Đại hội đại biểu Đảng bộ xã Hòa Bình lần thứ I, nhiệm kỳ 2025-2030 góp ý văn kiện Đại hội Đảng bộ tỉnh Sơn La lần thứ I.';
    const found = await congressesOf(text);
    expect(found).toContainEqual({ ordinal: 1, body: 'xã Hòa Bình', term: '2025-2030' });
    expect(found).toContainEqual({ ordinal: 1, body: 'tỉnh Sơn La', term: null });
  });

  it('takes the term the congress gives elsewhere in the article', async () => {
    const text = [
      'Ngày 12-8, Đại hội Đảng bộ Khối các cơ quan tỉnh lần thứ IX khai mạc.',
      'Đại hội đã bầu 31 đồng chí vào Ban Chấp hành Đảng bộ Khối, nhiệm kỳ 2025 - 2030.',
    ].join('\n');
    expect(await congressesOf(text, '2025-08-12')).toEqual([{ ordinal: 9, body: 'Khối các cơ quan tỉnh', term: '2025-2030' }]);
  });

  it('does not give a past term or a plan period to the congress', async () => {
    const text = [
      'Đại hội Đại biểu Đảng bộ tỉnh Đồng Nai lần thứ I khai mạc.',
      'Nhiệm kỳ 2020-2025, tăng trưởng kinh tế bình quân đạt 7%/năm.',
      'Giai đoạn 2026-2030, tỉnh đặt mục tiêu tăng trưởng 10%/năm.',
    ].join('\n');
    expect(await congressesOf(text)).toEqual([{ ordinal: 1, body: 'tỉnh Đồng Nai', term: null }]);
  });

  it('gives neither the current term to an earlier congress nor any term to the national one', async () => {
    const text = [
      'Đại hội đại biểu Đảng bộ tỉnh Hòa Bình lần thứ 18, nhiệm kỳ 2025-2030 khai mạc.',
      'Đại hội tổng kết Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ 17 và góp ý văn kiện Đại hội XIV của Đảng, bầu Ban Chấp hành khóa 18, nhiệm kỳ 2025 - 2030.',
    ].join('\n');
    const found = await congressesOf(text);
    expect(found).toContainEqual({ ordinal: 18, body: 'tỉnh Hòa Bình', term: '2025-2030' });
    // The bare `tỉnh` of the earlier congress takes the province the article names (issue 8).
    expect(found).toContainEqual({ ordinal: 17, body: 'tỉnh Hòa Bình', term: null });
    expect(found).toContainEqual({ ordinal: 14, body: 'toàn quốc', term: null });
  });

  it('reads a bare `Đại hội XIII` as the national congress the article names', async () => {
    const text = 'Quán triệt Nghị quyết Đại hội XIII của Đảng. Đại hội XIII đã xác định tầm nhìn đến năm 2045.';
    expect(await congressesOf(text)).toEqual([{ ordinal: 13, body: 'toàn quốc', term: null }]);
  });

  it('finds no congress in sport news', async () => {
    const text = 'Đoàn thể thao Việt Nam giành 136 huy chương vàng tại Đại hội lần thứ 32, SEA Games 32 tại Campuchia.';
    expect(await congressesOf(text)).toEqual([]);
  });
});
