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

  it('reads a numbered list with no introducer only when it yields the count', async () => {
    const matching = [
      'Đại hội Đảng bộ thị xã thống nhất 3 khâu đột phá trong nhiệm kỳ 2025-2030.',
      '1. Phát triển kết cấu hạ tầng đô thị.',
      '2. Cải cách thủ tục hành chính.',
      '3. Đào tạo nguồn nhân lực cho kinh tế biển.',
      'Tiếp đó, Đại hội tiến hành bầu Ban Chấp hành khóa mới.',
    ].join('\n');
    expect(await groupsOf(matching)).toEqual([
      { count: 3, items: ['Phát triển kết cấu hạ tầng đô thị', 'Cải cách thủ tục hành chính', 'Đào tạo nguồn nhân lực cho kinh tế biển'] },
    ]);
    const otherList =
      'Đại hội Đảng bộ tỉnh đề ra 3 khâu đột phá. Thứ nhất, Đại hội nhấn mạnh vai trò cán bộ. Thứ hai, cần đổi mới phương thức lãnh đạo. Thứ ba, siết chặt kỷ luật. Thứ tư, tăng cường đối thoại.';
    expect(await groupsOf(otherList)).toEqual([{ count: 3, items: [] }]);
  });

  it('ends the last numbered item at its sentence when the others are one sentence each', async () => {
    const text =
      'Đại hội Đảng bộ huyện xác định hai khâu đột phá. Thứ nhất, phát triển du lịch biển. Thứ hai, xây dựng đô thị thông minh. Đại hội cũng bầu Ban Chấp hành gồm 41 đồng chí.';
    expect(await groupsOf(text)).toEqual([{ count: 2, items: ['phát triển du lịch biển', 'xây dựng đô thị thông minh'] }]);
  });

  it('takes as many unmarked paragraphs as the count says', async () => {
    const text = [
      'Ba nhiệm vụ đột phá được Đại hội Đảng bộ xã thống nhất là:',
      'Chuyển đổi vùng cây trồng kém hiệu quả.',
      'Bê tông hóa đường giao thông nội đồng.',
      'Nâng cao chất lượng sinh hoạt chi bộ thôn.',
      'Đại hội bầu Ban Chấp hành gồm 15 đồng chí.',
    ].join('\n');
    expect(await groupsOf(text)).toEqual([
      {
        count: 3,
        items: ['Chuyển đổi vùng cây trồng kém hiệu quả', 'Bê tông hóa đường giao thông nội đồng', 'Nâng cao chất lượng sinh hoạt chi bộ thôn'],
      },
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

  it('reads `, trong đó …` as its list only right after the statement, not after another counted set', async () => {
    const text =
      'Đảng bộ huyện đề ra 4 nhiệm vụ trọng tâm, 3 khâu đột phá và 5 nhóm giải pháp chủ yếu, trong đó nhấn mạnh việc phát triển du lịch, thu hút đầu tư và chuyển đổi số.';
    expect(await groupsOf(text)).toEqual([{ count: 3, items: [] }]);
    const right = 'Đảng bộ huyện đề ra 3 khâu đột phá, trong đó nhấn mạnh phát triển du lịch, thu hút đầu tư và chuyển đổi số.';
    expect(await groupsOf(right)).toEqual([{ count: 3, items: ['phát triển du lịch', 'thu hút đầu tư', 'chuyển đổi số'] }]);
  });

  it('takes unnumbered paragraphs after a counted statement only when they read as tasks', async () => {
    const news = 'Đại hội Đảng bộ xã đã thông qua 2 khâu đột phá.\nĐại hội đã bầu 15 đồng chí vào Ban Chấp hành.\nĐại hội bế mạc chiều cùng ngày.';
    expect(await groupsOf(news)).toEqual([{ count: 2, items: [] }]);
    const tasks = 'Đại hội Đảng bộ xã đã thông qua 2 khâu đột phá.\nHoàn thiện đường giao thông nội đồng.\nPhát triển sản phẩm OCOP từ cây dừa.';
    expect(await groupsOf(tasks)).toEqual([{ count: 2, items: ['Hoàn thiện đường giao thông nội đồng', 'Phát triển sản phẩm OCOP từ cây dừa'] }]);
  });

  it('cuts a list at `;` first, then before a task verb after `và`, then after `,`', async () => {
    const text =
      'Tỉnh xác định 3 khâu đột phá là: cải cách hành chính, nâng cao chỉ số PCI; phát triển hạ tầng giao thông và đào tạo nguồn nhân lực, thu hút nhân tài.';
    expect(await groupsOf(text)).toEqual([
      {
        count: 3,
        items: ['cải cách hành chính, nâng cao chỉ số PCI', 'phát triển hạ tầng giao thông', 'đào tạo nguồn nhân lực, thu hút nhân tài'],
      },
    ]);
  });
});
