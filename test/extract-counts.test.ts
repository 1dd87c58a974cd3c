/**
 * Counts: behaviour the rule examples cannot show on their own — the party
 * context gate, one fact per stated count with the qualified statement
 * preferred, the first rule claiming a number, and whole-article readings.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { compileRuleDirs } from '../src/rules/compile.js';
import { builtinRulesDir, ruleSetFrom } from '../src/rules/load.js';

// Rules compiled from the YAML sources, not a possibly stale dist bundle.
const rules = ruleSetFrom(compileRuleDirs([builtinRulesDir()]).bundle);

async function countsOf(text: string) {
  const article = await extract(text, { rules });
  return article.counts.map(({ count, role, qualifier }) => ({ count, role, qualifier }));
}

describe('counts', () => {
  it('reads a congress report: delegates, subgroups, members, committees and the delegation', async () => {
    const text = [
      'Đại hội đại biểu Đảng bộ huyện Tân Phú lần thứ XII, nhiệm kỳ 2025-2030 khai mạc sáng 20/8.',
      'Dự Đại hội có 268 đại biểu chính thức, trong đó 31 đại biểu đương nhiên và 237 đại biểu được bầu, đại diện cho hơn 6.200 đảng viên trong toàn Đảng bộ.',
      'Đại hội đã bầu Ban Chấp hành Đảng bộ huyện khóa XII gồm 39 đồng chí. Ban Thường vụ Huyện ủy gồm 11 đồng chí.',
      'Đại hội cũng bầu Đoàn đại biểu đi dự Đại hội Đảng bộ tỉnh gồm 24 đồng chí.',
    ].join('\n');
    expect(await countsOf(text)).toEqual([
      { count: 268, role: 'delegates', qualifier: 'exact' },
      { count: 31, role: 'delegates', qualifier: 'exact' },
      { count: 237, role: 'delegates', qualifier: 'exact' },
      { count: 6200, role: 'members', qualifier: 'more_than' },
      { count: 39, role: 'committee', qualifier: 'exact' },
      { count: 11, role: 'committee', qualifier: 'exact' },
      { count: 24, role: 'delegates', qualifier: 'exact' },
    ]);
  });

  it('keeps one fact per count, with the qualifier the body states', async () => {
    const text = [
      'Quán triệt Nghị quyết Đại hội Đảng bộ tỉnh tới 18.000 đảng viên',
      'Hội nghị được tổ chức trực tuyến với trên 18.000 đảng viên trong toàn Đảng bộ tỉnh tham gia.',
    ].join('\n');
    expect(await countsOf(text)).toEqual([{ count: 18000, role: 'members', qualifier: 'more_than' }]);
  });

  it('reads đảng viên standing for the membership as delegates', async () => {
    const text = 'Đại hội Đảng bộ thị xã diễn ra với sự tham dự của 180 đảng viên ưu tú, thay mặt cho gần 9.000 đảng viên.';
    expect(await countsOf(text)).toEqual([
      { count: 180, role: 'delegates', qualifier: 'exact' },
      { count: 9000, role: 'members', qualifier: 'approx' },
    ]);
  });

  it('reads nothing where no party organisation is named', async () => {
    const text = [
      'Đại hội Thể thao toàn quốc có hơn 12.000 vận động viên, 300 đại biểu khách mời.',
      'Ban Chấp hành Liên đoàn Bóng đá khóa mới gồm 21 thành viên.',
    ].join('\n');
    expect(await countsOf(text)).toEqual([]);
  });

  it('leaves out admission targets, discipline, votes and state deputies', async () => {
    const text = [
      'Đại hội Đảng bộ xã đề ra mục tiêu mỗi năm kết nạp từ 25 đảng viên mới trở lên.',
      'Năm qua, Ủy ban Kiểm tra đã thi hành kỷ luật 6 đảng viên.',
      'Nghị quyết được 198/200 đại biểu có mặt biểu quyết tán thành.',
      'Đồng chí Bí thư Đảng ủy là một trong 9 đại biểu HĐND tỉnh của đơn vị.',
    ].join('\n');
    expect(await countsOf(text)).toEqual([]);
  });

  it('reads numbers written in words before every role noun, but not vague amounts', async () => {
    const text = [
      'Đại hội Chi bộ thôn Đông có hai mươi mốt đại biểu chính thức, đại diện cho gần ba trăm đảng viên.',
      'Đại hội bầu mười một đồng chí vào Ban Chấp hành; hàng trăm đại biểu khách mời và vài nghìn đảng viên theo dõi trực tuyến.',
      'Trong phần thảo luận, một đại biểu đề nghị quan tâm kinh tế tập thể.',
    ].join('\n');
    expect(await countsOf(text)).toEqual([
      { count: 21, role: 'delegates', qualifier: 'exact' },
      { count: 300, role: 'members', qualifier: 'approx' },
      { count: 11, role: 'committee', qualifier: 'exact' },
    ]);
  });

  it('reads a list of people at an event held for the congress, not in a paragraph with no party topic', async () => {
    const text = [
      'Đại hội đại biểu Đảng bộ thành phố lần thứ XVI diễn ra từ ngày 14 đến 16/10.',
      'Chào mừng Đại hội, thành phố tổ chức lễ diễu hành với khoảng 2.500 cán bộ, hội viên phụ nữ, học sinh, sinh viên và người dân các phường tham gia; các tuyến phố rực rỡ cờ hoa.',
      'Cũng trong tuần, giải bóng đá thiếu niên có hơn 400 học sinh tham gia.',
    ].join('\n');
    expect(await countsOf(text)).toEqual([{ count: 2500, role: 'participants', qualifier: 'approx' }]);
  });

  it('reads participants of a study conference on a party resolution', async () => {
    const text =
      'Đảng ủy phường tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội, với sự tham gia của gần 700 cán bộ, đảng viên tại 12 điểm cầu.';
    expect(await countsOf(text)).toEqual([{ count: 700, role: 'participants', qualifier: 'approx' }]);
  });
});
