/**
 * Breakthroughs: choosing the split of a list and merging the statements of
 * one set, behaviour the rule examples cannot express.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const groupsOf = async (text: string) =>
  (await extract(text)).breakthroughs.map(({ count, items }) => ({ count, items }));

describe('breakthroughs', () => {
  it('merges a heading and the body that state one set', async () => {
    const text = [
      '6 nhiệm vụ trọng tâm, 3 nhiệm vụ đột phá',
      'Đại hội Đảng bộ tỉnh thông qua nghị quyết. Ba nhiệm vụ đột phá gồm: hoàn thiện thể chế; phát triển hạ tầng; đào tạo nhân lực.',
    ].join('\n');
    expect(await groupsOf(text)).toEqual([{ count: 3, items: ['hoàn thiện thể chế', 'phát triển hạ tầng', 'đào tạo nhân lực'] }]);
  });

  it('keeps sets with different counts apart', async () => {
    const text = 'Nghị quyết Đại hội tỉnh xác định 3 khâu đột phá; Đảng bộ phường đề ra 2 khâu đột phá của phường.';
    expect(await groupsOf(text)).toEqual([
      { count: 3, items: [] },
      { count: 2, items: [] },
    ]);
  });

  it('does not split a numbered breakthrough at its own `;`', async () => {
    const text =
      'Đại hội Đảng bộ huyện xác định 2 khâu đột phá: (1) Phát triển hạ tầng giao thông; chỉnh trang đô thị; (2) Cải cách hành chính gắn với chuyển đổi số.';
    expect(await groupsOf(text)).toEqual([
      { count: 2, items: ['Phát triển hạ tầng giao thông; chỉnh trang đô thị', 'Cải cách hành chính gắn với chuyển đổi số'] },
    ]);
  });

  it('splits at `;` in the first sentence when that gives the count, else at sentences', async () => {
    const bySemicolon =
      'Nhiệm kỳ 2025-2030, Đảng bộ xã đề ra 2 khâu đột phá gồm: phát triển nông nghiệp sạch; thu hút đầu tư. Xây dựng đội ngũ cán bộ chuyên nghiệp.';
    expect(await groupsOf(bySemicolon)).toEqual([{ count: 2, items: ['phát triển nông nghiệp sạch', 'thu hút đầu tư'] }]);
    const bySentence =
      'Nhiệm kỳ 2025-2030, Đảng bộ xã đề ra 2 khâu đột phá gồm: phát triển nông nghiệp sạch, thu hút đầu tư. Xây dựng đội ngũ cán bộ chuyên nghiệp.';
    expect(await groupsOf(bySentence)).toEqual([
      { count: 2, items: ['phát triển nông nghiệp sạch, thu hút đầu tư', 'Xây dựng đội ngũ cán bộ chuyên nghiệp'] },
    ]);
  });

  it('ignores rhetoric and sets that are neither counted nor listed', async () => {
    const text = [
      'Đại hội Đảng bộ tỉnh được kỳ vọng tạo bước đột phá quan trọng.',
      'Tiếp tục thực hiện các khâu đột phá Trung ương đề ra, xác định giải pháp có tính đột phá.',
    ].join('\n');
    expect(await groupsOf(text)).toEqual([]);
  });

  it('finds nothing in sport news', async () => {
    const text = 'Phút 20, tiền vệ có 2 đột phá bên cánh trái rồi căng ngang cho tiền đạo ghi bàn, trận đấu kết thúc 2-0.';
    expect(await groupsOf(text)).toEqual([]);
  });
});
